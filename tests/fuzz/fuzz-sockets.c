/* The /proc/net socket tables through the real reader: the input after
 * three selector bytes is one table (d[0] % 11: tcp tcp6 udp udp6 udplite
 * udplite6 raw raw6 unix sctp/eps sctp/assocs) of a PROC_ROOT tree with no
 * process, listed by
 * netstat_main() (list_sockets(), table_rows() -> proc_rows(), text_row()
 * or json_row()) with the options d[1] and d[2] pick, and a filter.
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const proto[] = {	/* by table */
		"-t", "-t", "-u", "-u", "-U", "-U", "-w", "-w", "-x", "-S", "-S"
	};
	static const char *const opt1[] = { "-a", "-l", "-e", "-e", "-o", "-p", "-W", "--json" };
	static const char *const opt2[] = {
		"-n", "--numeric-hosts", "--numeric-ports", "--numeric-users", "--cmdline",
		"--exe", "--dual-stack", "-v"
	};
	static const char *const filters[] = {
		":22", ":1-1024,http", "@127.0.0.1/8", "@[::]/0:80", "state=LISTEN,^CLOSE",
		"state=ESTABLISHED,UNKNOWN,CONNECTED", "pid=1", "user=root", "user=0", "cmd=x",
		"@localhost", "@[::ffff:0.0.0.0]/96:1-65535", "state=^LISTENING",
	};
	static char checked;
	const struct table *t;
	const char *args[32];
	char file[32];
	int a = 0, i, f;

	if (!checked++)	/* a bad filter would reach usage() and exit() */
		for (i = 0; i < (int)(sizeof(filters) / sizeof(*filters)); i++)
			if (fz_reset(0), filter_operand(filters[i]))
				fz_die(filters[i]);
	if (n < 3)
		return 0;
	_Static_assert(sizeof(proto) / sizeof(*proto) == sizeof(tables) / sizeof(*tables), "a flag per table");
	t = tables + d[0] % 11;
	f = d[0] / 11 % 16;	/* 0..12: a filter, else none */
	fz_reset(0);
	fz_pieces(d[n - 1]);	/* read() in pieces of a size the last byte picks */
	args[a++] = proto[t - tables];
	if (d[0] >= 11 * 16 && t->kind != K_UNIX)	/* -4 or -6 too */
		args[a++] = t->family == AF_INET6 ? "-6" : "-4";
	a = fz_flags(args, a, opt1, d[1]);
	a = fz_flags(args, a, opt2, d[2]);
	if (f < (int)(sizeof(filters) / sizeof(*filters)))
		args[a++] = filters[f];
	args[a] = 0;
	snprintf(file, sizeof(file), "net/%s", t->file);
	fz_proc_write(file, d + 3, n - 3);
	fz_main(args);
	fz_proc_unlink(file);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
