/* Statistics: the input after one selector byte is /proc/net/snmp,
 * netstat, sctp/snmp and snmp6, separated by FZ_SEP (a missing part: no
 * such file); netstat_main() -s (statistics(): unpack(), st_read(),
 * st_pairs(), st_snmp6(), st_sctp(), st_value()) with -t -u -w --sctp,
 * -6, --json as d[0] picks.
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const file[] = { "net/snmp", "net/netstat", "net/sctp/snmp", "net/snmp6" };
	static const char *const opt[] = { "-t", "-u", "-w", "--sctp", "--json", "-6", "-e", "--inet6" };
	const char *args[16];
	int a = 0;

	if (n < 1)
		return 0;
	fz_reset(0);
	fz_pieces(d[n - 1]);	/* read() in pieces of a size the last byte picks */
	args[a++] = "-s";
	a = fz_flags(args, a, opt, d[0]);
	args[a] = 0;
	fz_proc_parts(file, 4, d + 1, n - 1);
	fz_main(args);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
