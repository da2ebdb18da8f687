/* The fd-link and cmdline parsers.  The input after two selector bytes is
 * PID 1234's cmdline, its fd links (one target a line) and its exe link,
 * separated by FZ_SEP: PROC_ROOT/1234/cmdline,
 * fd/0..15 -> each line, exe -> the third part, in a PROC_ROOT tree whose
 * net/tcp and net/unix list sockets of inodes 1000..1007.  Each link text
 * goes through socket_inode() (parse_ulong0()), which is checked against
 * what net-tools does with it (strtoul(s, &end, 0), the whole text, not
 * ULONG_MAX); then netstat_main() -p (load_programs(): scan_fd(),
 * read_progname(), keep_cmdline(); proc_label(), text_cmdline(),
 * json_program(), held_by()) with --cmdline, --exe, --json, pid= and cmd=
 * as d[0] and d[1] pick.
 * SPDX-License-Identifier: 0BSD */
#include "fuzz.h"

#define NFD 16

/* net-tools' extract_type_1_socket_inode() and type 2: strtoul(.., 0) of
 * the digits, all of them, and not ULONG_MAX */
static int reference_inode(const char *l, size_t n, uint64_t *ino)
{
	char b[4096], *end;
	size_t k;

	if (n >= 11 && !memcmp(l, "socket:[", 8) && l[n - 1] == ']')
		k = 8;
	else if (n >= 8 && !memcmp(l, "[0000]:", 7))
		k = 7;
	else
		return -1;
	memcpy(b, l + k, n - k - (k == 8));
	b[n - k - (k == 8)] = 0;
	errno = 0;
	*ino = strtoull(b, &end, 0);
	return *end || *ino == ~0ULL ? -1 : 0;	/* errno ERANGE: saturated */
}

static void check_link(const char *l, size_t n)
{
	uint64_t a = 0, b = 0;
	int ra, rb;

	if (n >= 4096 || memchr(l, 0, n))
		return;	/* a link holds no NUL */
	ra = socket_inode(l, n, &a);
	rb = reference_inode(l, n, &b);
	if (ra != rb || (!ra && a != b)) {
		fprintf(stderr, "socket_inode(\"%.*s\"): %d %llu, strtoul: %d %llu\n", (int)n, l,
			ra, (unsigned long long)a, rb, (unsigned long long)b);
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const opt[] = { "-a", "--cmdline", "--exe", "--json", "-W", "-e", "-x", "-t" };
	static const char *const filters[] = { "pid=1234", "pid=1", "cmd=nc", "cmd=n", "user=0", "cmd=/" };
	char path[300], link[4096];
	const uint8_t *p, *l, *e;
	const char *args[16];
	size_t len, k;
	int a = 0, i;

	if (n < 2)
		return 0;
	fz_reset(0);
	/* cmdline */
	p = fz_part(d + 2, n - 2, 0, &len);
	fz_proc_write("1234/cmdline", p, len);
	/* fd links */
	p = fz_part(d + 2, n - 2, 1, &len);
	for (i = 0; i < NFD; i++) {
		snprintf(path, sizeof(path), "1234/fd/%d", i);
		fz_proc_link(path, 0);
		if (!p)
			continue;
		for (e = p + len, l = p; l < e && *l != '\n'; l++)
			;
		k = l - p < (ptrdiff_t)sizeof(link) - 1 ? (size_t)(l - p) : sizeof(link) - 1;
		memcpy(link, p, k);
		link[k] = 0;
		check_link(link, k);
		if (*link && !memchr(p, 0, k))	/* what symlink() takes */
			fz_proc_link(path, link);
		p = l < e ? l + 1 : 0;
		if (p)
			len = e - p;
	}
	/* exe */
	fz_proc_link("1234/exe", 0);
	p = fz_part(d + 2, n - 2, 2, &len);
	if (p && len && len < sizeof(link) && !memchr(p, 0, len)) {
		memcpy(link, p, len);
		link[len] = 0;
		fz_proc_link("1234/exe", link);
	}
	args[a++] = "-p";
	a = fz_flags(args, a, opt, d[0]);
	if (d[1] % 8 < 6)
		args[a++] = filters[d[1] % 8];
	args[a] = 0;
	fz_main(args);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char tcp[] =
		"  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
		"   0: 0100007F:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1000 1 0000000000000000 100 0 0 10 0\n"
		"   1: 0100007F:0050 0100007F:9C40 01 00000000:00000000 00:00000000 00000000  1000        0 1001 1 0000000000000000 20 4 30 10 -1\n"
		"   2: 00000000:0035 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1002 1 0000000000000000 100 0 0 10 0\n"
		"   3: 0100007F:1F90 0100007F:C350 06 00000000:00000000 03:00000BB8 00000000     0        0 1003 1 0000000000000000 20 4 30 10 -1\n";
	static const char unx[] =
		"Num       RefCount Protocol Flags    Type St Inode Path\n"
		"0000000000000000: 00000002 00000000 00010000 0001 01 1004 /run/a.sock\n"
		"0000000000000000: 00000003 00000000 00000000 0001 03 1005 @abstract\n"
		"0000000000000000: 00000002 00000000 00000000 0002 01 1006\n"
		"0000000000000000: 00000002 00000000 00000000 0005 01 1007 /tmp/x\n";

	fz_init();
	fz_proc_write("net/tcp", tcp, sizeof(tcp) - 1);
	fz_proc_write("net/unix", unx, sizeof(unx) - 1);
	return 0;
}
