/* Routes: the input after two selector bytes is /proc/net/route, then
 * ipv6_route, then rt_cache, separated by FZ_SEP (a missing part: no such
 * file); netstat_main() -r (routes(): rt_fib4() with rt_layout4() and
 * rt_scan(), rt_fib6(), rt_cache4()) with -n or names (/etc/hosts,
 * /etc/networks, DNS that fails at once), -e, -ee, -C, -F, -N, --json and
 * -A inet / inet6 / both, as d[0] and d[1] pick.
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const file[] = { "net/route", "net/ipv6_route", "net/rt_cache" };
	static const char *const opt[] = { "-n", "-e", "-e", "-C", "-F", "-N", "--json", "--numeric-hosts" };
	static const char *const fam[] = { "inet", "inet6", "inet,inet6", "inet6,inet" };
	const char *args[16];
	const uint8_t *p;
	size_t len;
	int a = 0;

	if (n < 2)
		return 0;
	fz_reset(0);
	fz_pieces(d[n - 1]);	/* read() in pieces of a size the last byte picks */
	args[a++] = "-r";
	a = fz_flags(args, a, opt, d[0]);
	if (d[1] & 4) {
		args[a++] = "-A";
		args[a++] = fam[d[1] & 3];
	}
	args[a] = 0;
	fz_proc_parts(file, 3, d + 2, n - 2);
	/* rt_cache4() exits (255) where rt_cache is empty, as net-tools does */
	if (!(p = fz_part(d + 2, n - 2, 2, &len)) || !len)
		fz_proc_unlink(file[2]);
	fz_main(args);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
