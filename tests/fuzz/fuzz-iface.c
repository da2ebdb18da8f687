/* Interfaces and groups: the input after two selector bytes is
 * /proc/net/dev, if_inet6, igmp, igmp6 and the answers of the kernel's
 * ioctls, separated by FZ_SEP.  netstat_main() -i (interfaces(),
 * read_dev(), if_query(), if_short() or if_long() with if_inet6(),
 * json_line()) with the options d[0] picks: each SIOCGIF* request takes
 * the next answer bytes (0xf0 and above: it fails), and SIOCGIFCONF names
 * up to four aliases.  Then netstat_main() -g (groups(), igmp_line())
 * with the options of d[1].
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

static const uint8_t *ans;
static size_t ans_len, ans_at;

static uint8_t next(void)
{
	return ans_len ? ans[ans_at++ % ans_len] : 0;
}

static int answer(unsigned long req, void *arg)
{
	static const char *const alias[] = { "lo:1", "eth0", "eth0:x", "wlan0:12345678901" };
	unsigned char *u;
	uint8_t b = next();
	unsigned i;

	if (req == SIOCGIFCONF) {
		struct ifconf *c = arg;

		for (i = 0; i < (unsigned)(b % 5) && (i + 1) * sizeof(struct ifreq) <= (unsigned)c->ifc_len; i++) {
			memset(c->ifc_req + i, 0, sizeof(struct ifreq));
			snprintf(c->ifc_req[i].ifr_name, IFNAMSIZ, "%s", alias[(b + i) % 4]);
		}
		c->ifc_len = i * sizeof(struct ifreq);
		return 0;
	}
	if (b >= 0xf0) {
		errno = b & 1 ? ENODEV : EADDRNOTAVAIL;
		return -1;
	}
	u = (unsigned char *)&((struct ifreq *)arg)->ifr_ifru;
	for (i = 0; i < sizeof(((struct ifreq *)arg)->ifr_ifru); i++)
		u[i] = next();
	if (b & 1 && req != SIOCGIFFLAGS && req != SIOCGIFMTU && req != SIOCGIFTXQLEN && req != SIOCGIFMAP)
		((struct ifreq *)arg)->ifr_addr.sa_family = req == SIOCGIFHWADDR ? u[0] % 32 : AF_INET;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const file[] = { "net/dev", "net/if_inet6", "net/igmp", "net/igmp6" };
	static const char *const iopt[] = { "-a", "-e", "-e", "--json", "-n", "-v", "-W", "-a" };
	static const char *const gopt[] = { "-n", "--json", "-4", "-6", "-a", "-e", "-W", "-v" };
	const char *args[16];
	int a = 0;

	if (n < 2)
		return 0;
	fz_reset(0);
	fz_proc_parts(file, 4, d + 2, n - 2);
	ans = fz_part(d + 2, n - 2, 4, &ans_len);
	if (!ans)
		ans_len = 0;
	ans_at = 0;
	fz_ioctl_answer = answer;
	args[a++] = "-i";
	a = fz_flags(args, a, iopt, d[0]);
	args[a] = 0;
	fz_main(args);
	fz_reset(0);
	fz_pieces(d[n - 1]);
	a = 0;
	args[a++] = "-g";
	a = fz_flags(args, a, gopt, d[1]);
	args[a] = 0;
	fz_main(args);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
