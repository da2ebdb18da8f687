/* The sock_diag message parser: the input after two selector bytes is a
 * batch of netlink messages (struct nl_header, struct diag_msg,
 * attributes), which the box's netlink socket hands to diag_dump() as the
 * answer to each dump request (then NLMSG_DONE).  netstat_main() lists
 * the protocol d[0] picks from sock_diag (NETSTAT_SOURCE=netlink):
 * diag_rows(), diag_dump(), v6only_row() for --dual-stack, diag_row(),
 * pipe_row(), text_row() or json_row(), with the options of d[1] and a
 * filter of d[0].
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const proto[] = { "-t", "-u", "-U", "-w", "-t4", "-t6", "-u6", "-w6" };
	static const char *const opt[] = { "-a", "-l", "-e", "-o", "-W", "--json", "--dual-stack", "-n" };
	static const char *const filters[] = { ":22", "state=LISTEN", "@127.0.0.0/8", "@[::]/0:1-1024", "pid=1" };
	static unsigned char buf[32768] __attribute__((aligned(8)));
	const char *args[16];
	int a = 0;

	if (n < 2 || n - 2 > sizeof(buf))
		return 0;
	fz_reset(0);
	unsetenv("PROC_ROOT");	/* else no netlink at all */
	setenv("NETSTAT_SOURCE", "netlink", 1);
	memcpy(buf, d + 2, n - 2);	/* aligned, as recv() fills the applet's buffer */
	fz_batch = buf;
	fz_batch_len = n - 2;
	args[a++] = proto[d[0] % 8];
	if (proto[d[0] % 8][2])	/* -t4: -t -4 */
		args[a - 1] = d[0] % 8 == 4 ? "-t" : d[0] % 8 == 5 ? "-t" : d[0] % 8 == 6 ? "-u" : "-w",
		args[a++] = d[0] % 8 == 4 ? "-4" : "-6";
	a = fz_flags(args, a, opt, d[1]);
	if (d[0] / 8 % 8 < 5)
		args[a++] = filters[d[0] / 8 % 8];
	args[a] = 0;
	fz_main(args);
	setenv("PROC_ROOT", fz_proc, 1);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
