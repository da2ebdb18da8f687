/* The /etc readers: the input after 16 selector bytes is /etc/services,
 * protocols, passwd, hosts, networks and resolv.conf, separated by FZ_SEP
 * (a missing part: an empty file).  The applet opens those fixed paths:
 * fz_init() bind-mounts files of our own over them in a private mount
 * namespace, and each run writes its parts there.  Then load_services()
 * and service(), user_name() and user_id(), hosts_lookup() and host_name()
 * (DNS fails at once in the empty network namespace), rt_network() (and
 * so rt_inet_network()), read_resolv_conf(), on the ports, uids and
 * addresses of the selector bytes and a few fixed ones; each result is
 * checked against what its caller's buffer holds.
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

static void check_name(const char *s, size_t max)
{
	if (s && strnlen(s, max) >= max)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const unsigned ports[] = { 22, 53, 80, 1, 65535 };
	static const unsigned char v4[][4] = { { 127, 0, 0, 1 }, { 10, 0, 0, 0 }, { 192, 168, 1, 1 } };
	static const unsigned char v6[][16] = {
		{ [15] = 1 }, { [10] = 0xff, [11] = 0xff, 127, 0, 0, 1 }, { 0xfe, 0x80, [15] = 2 }
	};
	const uint8_t *p;
	char *out = malloc(256), buf[8], num[64], name[40];
	unsigned char a[16];
	struct resolver r;
	uint64_t uid;
	size_t len;
	unsigned i, k;
	int v;

	if (n < 16) {
		free(out);
		return 0;
	}
	for (i = 0; i < FZ_N_ETC; i++) {
		p = fz_part(d + 16, n - 16, i, &len);
		fz_etc_write(i, p ? p : d, p ? len : 0);
	}
	fz_reset(1);
	flags = d[0] & 1 ? 1u << O_NUM_PORTS : 0;
	/* services */
	for (i = 0; i < 6; i++)
		for (k = K_TCP; k <= K_RAW; k++)
			check_name(service(i < 5 ? ports[i] : d[1] << 8 | d[2], k, buf), 64);
	/* users */
	for (i = 0; i < 3; i++)
		check_name(user_name(i == 0 ? 0 : i == 1 ? 1000 : d[3] | d[4] << 8), 256);
	memcpy(name, d + 5, 8);
	name[d[5] % 9] = 0;
	user_id(name, &uid);
	user_id("root", &uid);
	/* hosts */
	for (i = 0; i < 4; i++) {
		memset(out, 0, 256);
		if (hosts_lookup(i < 3 ? v4[i] : d + 6, 0, out))
			check_name(out, 256);
	}
	for (i = 0; i < 4; i++) {
		memset(a, 0, 16);
		memcpy(a, i < 3 ? v6[i] : d, i < 3 ? 16 : 16);
		memset(out, 0, 256);
		if (hosts_lookup(a, 1, out))
			check_name(out, 256);
	}
	if (d[0] & 2) {		/* the lookup the listing makes, cache and DNS too */
		memset(a, 0, 16);
		memcpy(a, d + 6, 4);
		check_name(host_name(a, 0, num), 256);
		check_name(host_name(v6[d[0] >> 2 & 1], 1, num), 256);
	}
	/* networks */
	for (i = 0; i < 3; i++) {
		uint32_t net = i == 0 ? 0x7f000000 : i == 1 ? 0 : (uint32_t)d[10] << 24 | d[11] << 16 | d[12] << 8;
		memset(out, 0, 256);
		if (rt_network(net, out))
			check_name(out, 256);
	}
	/* resolv.conf: what it leaves within glibc's limits */
	read_resolv_conf(&r);
	if (r.n < 1 || r.n > 3 || r.timeout < 1 || r.timeout > RES_MAXRETRANS
	    || r.attempts < 1 || r.attempts > RES_MAXRETRY)
		abort();
	for (v = 0; v < r.n; v++)
		if (r.ns[v].sin6_family != AF_INET && r.ns[v].sin6_family != AF_INET6)
			abort();
	flush();
	free(out);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
