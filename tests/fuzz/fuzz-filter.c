/* The filter operand parser: filter_operand() on the input up to its
 * first NUL (operands are C strings); the bytes after the NUL pick the
 * options.  An operand it takes must leave sane terms (kinds, port ranges,
 * prefixes), and port_bytecode() must fit its BC_MAX ops; then the same
 * operand runs through netstat_main() on a small fixed tree, so that
 * selected() and filtered_in() match its terms against real rows.  One
 * that it refuses is not run (netstat_main() would call usage(), which
 * exits).
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const opt[] = { "-a", "-n", "-e", "-p", "-x", "-t", "--json", "-6" };
	static struct bc_op op[BC_MAX];
	const char *args[16];
	char *s;
	size_t k;
	unsigned i, o = 0, ops;
	int a = 0, rc;

	if (n > 4096)
		return 0;
	k = strnlen((const char *)d, n);
	if (k < n)
		o = d[k + 1 < n ? k + 1 : k];
	s = malloc(k + 1);
	memcpy(s, d, k);
	s[k] = 0;
	fz_reset(0);
	rc = filter_operand(s);
	if (rc < -1 || rc > 0)
		abort();
	if (!rc) {
		for (i = 0; i < nfilter; i++) {
			const struct filter *f = filter + i;
			if (f->kind > F_USER || f->lo > f->hi || (f->kind == F_ADDR && f->bits > (f->v6 ? 128 : 32))
			    || (f->kind == F_STATE && (f->id < 1 || f->id >= S_END)))
				abort();
		}
		ops = port_bytecode(op);
		if (ops > BC_MAX)
			abort();
		fz_reset(0);
		a = fz_flags(args, a, opt, o);
		args[a++] = s;
		args[a] = 0;
		fz_main(args);
	}
	free(s);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const file[] = { "tcp", "tcp6", "udp", "unix" };
	static char b[65536];
	char from[512], to[64];
	int i;

	fz_init();
	for (i = 0; i < 4; i++) {	/* a small tree of every kind of row */
		snprintf(from, sizeof(from), "%s/tests/fixtures/real/net/%s", FZ_ROOT, file[i]);
		snprintf(to, sizeof(to), "net/%s", file[i]);
		fz_proc_write(to, b, fz_slurp(from, b, sizeof(b)));
	}
	return 0;
}
