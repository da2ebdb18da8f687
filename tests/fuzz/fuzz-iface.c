/* Interfaces and groups: the input after 16 selector bytes is
 * /proc/net/dev, if_inet6, igmp and igmp6, separated by FZ_SEP.
 * -i's readers run without the ioctls (which need real interfaces):
 * read_dev() fills the table, and each interface is printed by if_short()
 * or if_long() (-e; if_long() reads if_inet6 through if_inet6()) from
 * ifreq answers made of the selector bytes, as interfaces() does after its
 * ioctls; --json as listing() sets it up.  Then netstat_main() -g
 * (groups(), igmp_line()) with -n, --json, -4 / -6.
 * SPDX-License-Identifier: 0BSD */
#define NETSTAT_NO_MAIN
#include "../../applet/netstat.c"
#include "fuzz.h"

static void fz_interfaces(const uint8_t *k)
{
	static const uint16_t hw[] = { ARPHRD_LOOPBACK, ARPHRD_ETHER, ARPHRD_TUNNEL, ARPHRD_PPP, ARPHRD_SIT, ARPHRD_IEEE80211 };
	struct ifreq q[Q_N];
	unsigned i, ok;

	if (k[0] & 1)
		flags |= 1u << O_ALL;
	if (k[0] & 2)
		count[C_EXTEND] = 1;
	if (k[0] & 4)
		flags |= 1u << O_JSON;
	if (FLAG(O_JSON)) {	/* listing() */
		jopen('[');
		jtab = 1;
	}
	/* interfaces() */
	outs("Kernel Interface table\n");
	flags |= 1u << O_NUM_HOSTS;
	if (!count[C_EXTEND] || FLAG(O_JSON))
		outs("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n");
	read_dev();
	if (k[0] & 8)	/* SIOCGIFCONF's aliases */
		if_add("lo:1"), if_add("eth0");
	memset(q, 0, sizeof(q));
	for (i = 0; i < nif; i++) {
		const struct ifent *e = &ifs[ifo[i]];
		const uint8_t *b = k + 1 + i % 3;	/* the answers vary a little */

		ok = (b[0] | b[1] << 8) & ((1 << Q_N) - 1);
		ok |= 1 << Q_FLAGS;
		q[Q_FLAGS].ifr_flags = b[2] | b[3] << 8;
		q[Q_HW].ifr_hwaddr.sa_family = hw[b[4] % 6];
		memcpy(q[Q_HW].ifr_hwaddr.sa_data, b + 5, 8);
		q[Q_MTU].ifr_mtu = b[6] << 8 | b[7];
		q[Q_MAP].ifr_map.irq = b[8];
		q[Q_MAP].ifr_map.base_addr = b[9] << 4;
		q[Q_MAP].ifr_map.mem_start = b[10] << 16;
		q[Q_MAP].ifr_map.mem_end = b[10] << 17;
		q[Q_MAP].ifr_map.dma = b[11] & 7;
		q[Q_MAP].ifr_map.port = b[11] >> 3;
		q[Q_QLEN].ifr_qlen = b[12] == 255 ? -1 : b[12];
		memcpy(&((struct sockaddr_in *)&q[Q_ADDR].ifr_addr)->sin_addr, b + 3, 4);
		memcpy(&((struct sockaddr_in *)&q[Q_MASK].ifr_addr)->sin_addr, b + 5, 4);
		memcpy(&((struct sockaddr_in *)&q[Q_BRD].ifr_addr)->sin_addr, b + 7, 4);
		memcpy(&((struct sockaddr_in *)&q[Q_DST].ifr_addr)->sin_addr, b + 9, 4);
		if (q[Q_FLAGS].ifr_flags & IFF_UP || FLAG(O_ALL))
			(count[C_EXTEND] && !FLAG(O_JSON) ? if_long : if_short)(e, q, ok);
		if (!count[C_EXTEND] && !FLAG(O_JSON))
			if_inet6(e->name);
	}
	jtab = 0;
	if (FLAG(O_JSON))
		jclose(']');
	if (jnext)
		outc('\n');
	flush();
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const file[] = { "net/dev", "net/if_inet6", "net/igmp", "net/igmp6" };
	static const char *const opt[] = { "-n", "--json", "-4", "-6", "-a", "-e" };
	const char *args[16];
	const uint8_t *p;
	size_t len;
	int a = 0, i;

	if (n < 16)
		return 0;
	for (i = 0; i < 4; i++) {
		p = fz_part(d + 16, n - 16, i, &len);
		if (p)
			fz_proc_write(file[i], p, len);
		else
			fz_proc_unlink(file[i]);
	}
	fz_reset(0);
	fz_interfaces(d);
	fz_reset(0);
	args[a++] = "-g";
	for (i = 0; i < 6; i++)
		if (d[15] >> i & 1)
			args[a++] = opt[i];
	args[a] = 0;
	fz_main(args);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
