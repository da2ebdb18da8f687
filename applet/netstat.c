/* netstat: list sockets the way net-tools 2.10 netstat does, in a few KiB.
 *
 * Reads /proc (or $PROC_ROOT) and nothing else but /etc/{services,protocols,
 * passwd,hosts,resolv.conf}; writes only to stdout and stderr.  Without -n it
 * resolves names as net-tools does, which for hosts may mean a DNS query.
 *
 * Layout: usage, options, output, line reader, /proc table readers, lookups
 * (pid, user, service, host), formatters, main.
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef FEATURE_DNS		/* reverse DNS after /etc/hosts, as glibc does */
#define FEATURE_DNS 1
#endif
#ifndef PMAP_MAX		/* -p: socket fds remembered, 16 bytes each */
#define PMAP_MAX 65536
#endif
#ifndef PROC_MAX		/* -p: processes remembered, 20 bytes each */
#define PROC_MAX 16384
#endif
#define LINE 8192		/* net-tools reads /proc with fgets(8192) */

/* ---- usage ---- */

static const char usage_text[] =
"Usage: netstat [options]          sockets (default: all but listening ones)\n"
"       netstat -r | -i | -g | -s [options]\n"
"                    routes, interfaces, multicast groups, statistics\n"
"\n"
"  -t, --tcp        TCP            -u, --udp        UDP\n"
"  -U, --udplite    UDP-Lite       -w, --raw        raw IP\n"
"  -x, --unix       unix domain    -4 / -6          IPv4 / IPv6 only\n"
"  -A, --protocol=AF[,AF]          address families: inet inet6 unix\n"
"      --inet --inet6              same as -A inet / -A inet6\n"
"      (-A or --: ipx ax25 netrom x25 rose ddp: what net-tools says where\n"
"      the kernel lacks them)\n"
"  -l, --listening  servers only   -a, --all        servers and the rest\n"
"  -n, --numeric    no name lookups at all, or only some of them:\n"
"      --numeric-hosts --numeric-ports --numeric-users\n"
"  -e, --extend     add User and Inode; with -r -i: other columns\n"
"  -p, --programs   add the PID/Program name owning each socket\n"
"  -o, --timers     add the kernel's timer of each socket\n"
"  -W, --wide       never cut addresses to fit the column\n"
"  -c, --continuous list again every second\n"
"  -v, --verbose    report families this kernel lacks\n"
"\n"
"  -r, --route      routing tables; -C the cache, -F the FIB (default),\n"
"                   -N numeric as with -n\n"
"  -i, --interfaces interface table (-a: down ones too, -e: long form)\n"
"  -g, --groups     multicast group memberships\n"
"  -s, --statistics protocol counters (-t -u -w -6 pick sections)\n"
"  -M, --masquerade masqueraded connections (gone from Linux since 2.4)\n"
"  -S, --sctp   -Z, --context   -2, -f, --bluetooth   SCTP, SELinux and\n"
"                   Bluetooth: what net-tools says where they are missing\n"
"  -d               accepted and ignored, as net-tools does\n"
"  -V, --version    version          -h, --help       this text\n"
"\n"
"Environment: PROC_ROOT=dir reads dir instead of /proc.\n";

static const char version_text[] =
"netstat (tiny static netstat) 0.1, net-tools 2.10 compatible\n";

/* ---- options ---- */

/* what the options ask for */
enum {
	F_ALL = 1 << 0, F_LST = 1 << 1, F_PRG = 1 << 2, F_WIDE = 1 << 3,
	F_VERB = 1 << 4, N_HOST = 1 << 5, N_PORT = 1 << 6, N_USER = 1 << 7,
	P_TCP = 1 << 8, P_UDP = 1 << 9, P_UDPL = 1 << 10, P_RAW = 1 << 11,
	P_SCTP = 1 << 12, M_GROUPS = 1 << 13, F_TIMERS = 1 << 14,
	F_CONT = 1 << 15, F_CACHE = 1 << 16, F_FIB = 1 << 17, F_SYM = 1 << 18,
};	/* P_TCP..P_RAW in the order of the tables: P_TCP << n is the nth */
#define P_INET (P_TCP | P_UDP | P_UDPL | P_RAW | P_SCTP)

static unsigned flags;
static unsigned char flag_ext;	/* -e count */

/* address families of -A, -4, -6, -x, --inet...; the first eleven count as
 * an explicit protocol choice ("flag_arg" in net-tools) */
enum { FAM_I4, FAM_I6, FAM_UNX, FAM_IPX, FAM_AX25, FAM_NETROM, FAM_X25, FAM_ROSE,
       FAM_DDP, FAM_EC, FAM_ASH, FAM_BT, FAM_N };
static unsigned char af[FAM_N];
static char afname[256];

static const char *const af_alias[] = {
	"ax25", "ip", "ip6", "ipx", "rose", "appletalk", "netrom", "inet",
	"inet6", "ddp", "unix", "tcpip", "econet", "x25", "ash", "bluetooth", 0
};
static const unsigned char af_of_alias[] = {
	FAM_AX25, FAM_I4, FAM_I6, FAM_IPX, FAM_ROSE, FAM_DDP, FAM_NETROM, FAM_I4,
	FAM_I6, FAM_DDP, FAM_UNX, FAM_I4, FAM_EC, FAM_X25, FAM_ASH, FAM_BT
};
static const char *const af_name[] = {
	"inet", "inet6", "unix", "ipx", "ax25", "netrom", "x25", "rose",
	"ddp", "ec", "ash", "bluetooth"
};

/* Long options in net-tools' order, each behind the option letter it
 * stands for (\1: an address family name).  glibc reports ambiguous
 * prefixes in table order, and names with the same letter do not clash. */
static const char long_opts[] =
	"\1ax25\0\1x25\0\1ip\0\1ipx\0\1appletalk\0\1netrom\0\1inet\0"
	"\1inet6\0\1ddp\0\1rose\0\1unix\0\1bluetooth\0\1tcpip\0"
	"Vversion\0iinterfaces\0hhelp\0rroute\0Mmasquerade\0Aprotocol\0"
	"ttcp\0Ssctp\0uudp\0Uudplite\0wraw\0xunix\0" "2l2cap\0frfcomm\0"
	"llistening\0aall\0otimers\0ccontinuous\0eextend\0pprograms\0"
	"vverbose\0sstatistics\0Wwide\0nnumeric\0!numeric-hosts\0"
	"@numeric-ports\0#numeric-users\0Nsymbolic\0Ccache\0Ffib\0"
	"ggroups\0Zcontext\0";

static const char short_opts[] = "A:CFMacdeghilnNoprsStuUvVWw2fx64?Z";

/* ---- output: one buffer, written in large blocks ---- */

static char obuf[LINE];
static unsigned olen;
static int status;

static void flush(void)
{
	char *p = obuf;

	while (olen) {
		ssize_t n = write(1, p, olen);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			_exit(status ? status : 1);	/* closed pipe: stop quietly */
		p += n;
		olen -= n;
	}
}

static void outn(const char *s, size_t n)
{
	while (n) {
		size_t k = sizeof(obuf) - olen;
		if (k > n)
			k = n;
		memcpy(obuf + olen, s, k);
		olen += k;
		s += k;
		n -= k;
		if (olen == sizeof(obuf))
			flush();
	}
}

static void outs(const char *s)
{
	outn(s, strlen(s));
}

static void outc(char c)
{
	outn(&c, 1);
}

static void spaces(int n)
{
	while (n-- > 0)
		outc(' ');
}

/* printf("%-*s") */
static void outpad(const char *s, int w)
{
	size_t n = strlen(s);

	outn(s, n);
	spaces(w - (int)n);
}

static char *utoa(char *end, uint64_t v)
{
	*end = 0;
	do
		*--end = '0' + v % 10;
	while (v /= 10);
	return end;
}

/* printf("%*s") for w > 0, printf("%-*s") for w < 0 */
static void outfield(const char *s, int w)
{
	if (w > 0)
		spaces(w - (int)strlen(s));
	outpad(s, -w);
}

/* printf("%*ld") / printf("%-*ld") */
static void outnum(int64_t v, int w)
{
	char b[24], *s = utoa(b + 23, v < 0 ? -(uint64_t)v : (uint64_t)v);

	if (v < 0)
		*--s = '-';
	outfield(s, w);
}

/* printf("%*lu") / printf("%-*lu") */
static void outu(uint64_t v, int w)
{
	char b[24];

	outfield(utoa(b + 23, v), w);
}

/* stderr is unbuffered in net-tools: keep the two streams in order */
static void errs(const char *a, const char *b, const char *c)
{
	const char *v[3] = { a, b, c };
	int i;

	flush();
	for (i = 0; i < 3; i++)
		if (v[i] && write(2, v[i], strlen(v[i])) < 0)
			return;
}

static void no_support(const char *what)
{
	errs("netstat: no support for `", what, "' on this system.\n");
}

/* Text from other processes never reaches the terminal raw: control
 * characters become C escapes, and so does the backslash, so that the
 * escapes cannot be forged.  Returns the length written to d (at most 4). */
static int escape_char(char *d, unsigned char c)
{
	static const char hex[] = "0123456789abcdef", named[] = "\\\\\nn\tt\rr";
	const char *e;

	if (c >= 32 && c != 127 && c != '\\') {
		*d = c;
		return 1;
	}
	d[0] = '\\';
	if (c && (e = strchr(named, c))) {
		d[1] = e[1];
		return 2;
	}
	d[1] = 'x';
	d[2] = hex[c >> 4];
	d[3] = hex[c & 15];
	return 4;
}

/* escapes s[0..n) into d while the result fits in room bytes; an escape
 * is never cut in two.  Returns the length written. */
static size_t escape(char *d, const char *s, size_t n, size_t room)
{
	size_t len = 0;
	char e[4];
	int k;

	for (; n--; s++) {
		k = escape_char(e, *s);
		if (len + k > room)
			break;
		memcpy(d + len, e, k);
		len += k;
	}
	return len;
}

static void out_escaped(const char *s, size_t n)
{
	char e[4];

	while (n--)
		outn(e, escape_char(e, *s++));
}

/* ---- line reader: fgets(8192) semantics over read(2), no allocation ---- */

struct reader {
	int fd, eof;
	unsigned pos, len, cut;
	unsigned max;		/* longest piece: fgets(buf, max + 1) */
	char held;		/* the byte our NUL terminator replaced */
	char buf[2 * LINE];
};

static char proc_root[256] = "/proc";
static struct reader tab, aux;	/* a /proc table; an /etc file */

static int open_path(const char *dir, const char *rel, int flags)
{
	char path[512];
	size_t a = strlen(dir), b = strlen(rel);

	if (a + b + 2 > sizeof(path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(path, dir, a);
	path[a] = '/';
	memcpy(path + a + 1, rel, b + 1);
	return open(path, flags);
}

static int rd_open(struct reader *r, const char *dir, const char *rel)
{
	r->pos = r->len = r->cut = r->eof = 0;
	r->max = LINE - 1;
	return r->fd = open_path(dir, rel, O_RDONLY);
}

static void rd_close(struct reader *r)
{
	close(r->fd);
}

/* The next line with its '\n', or the next r->max bytes of a longer one,
 * exactly as fgets(buf, r->max + 1) hands them out (net-tools reads most
 * tables with fgets(8192), some with smaller buffers: a caller may change
 * r->max between lines); NUL-terminated; 0 at the end. */
static char *rd_line(struct reader *r)
{
	if (r->cut)
		r->buf[r->cut] = r->held;
	r->cut = 0;
	for (;;) {
		char *s = r->buf + r->pos, *nl;
		unsigned avail = r->len - r->pos;
		unsigned max = avail < r->max ? avail : r->max;
		ssize_t k;

		nl = memchr(s, '\n', max);
		if (nl || avail >= r->max || r->eof) {
			unsigned n = nl ? (unsigned)(nl - s) + 1 : max;
			if (!n)
				return 0;
			r->pos += n;
			r->cut = r->pos;
			r->held = r->buf[r->pos];
			r->buf[r->pos] = 0;
			return s;
		}
		memmove(r->buf, s, avail);
		r->pos = 0;
		r->len = avail;
		k = read(r->fd, r->buf + avail, sizeof(r->buf) - 1 - avail);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			r->eof = 1;
		else
			r->len += k;
	}
}

/* ---- a small sscanf for the /proc/net layouts ---- */

/* Conversions: 'd' decimal, 'x' hex ("0x" allowed), 'a' address of 1..64
 * hex digits with no blanks skipped first; ' ' skips blanks, ':' matches
 * itself.  Like sscanf, returns how many conversions were made before the
 * first mismatch, so that net-tools' "num < 10" checks can be kept. */
struct field {
	uint64_t v;
	const char *s;
	unsigned n;
};

static int is_blank(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static const char *scan_num(const char *p, int base, uint64_t *v)
{
	int neg = 0, d, any = 0, over = 0;
	uint64_t x = 0;

	while (is_blank(*p))
		p++;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (base == 16 && p[0] == '0' && (p[1] | 32) == 'x' && hexval(p[2]) >= 0)
		p += 2;
	while ((d = hexval(*p)) >= 0 && d < base) {
		over |= __builtin_mul_overflow(x, (uint64_t)base, &x)
			| __builtin_add_overflow(x, (uint64_t)d, &x);
		p++;
		any = 1;
	}
	if (over)	/* strtoull: saturated, whatever the sign */
		x = -1, neg = 0;
	*v = neg ? -x : x;
	return any ? p : 0;
}

static int scan(const char *p, const char *fmt, struct field *f)
{
	int n = 0;

	for (; *fmt; fmt++) {
		switch (*fmt) {
		case ' ':
			while (is_blank(*p))
				p++;
			continue;
		case ':':
			if (*p != ':')
				return n;
			p++;
			continue;
		case 'a':
			f->s = p;
			while (hexval(*p) >= 0 && p - f->s < 64)
				p++;
			if (!(f->n = p - f->s))
				return n;
			break;
		default:
			if (!(p = scan_num(p, *fmt == 'd' ? 10 : 16, &f->v)))
				return n;
			f->s = p;	/* where the text after it starts */
		}
		f++;
		n++;
	}
	return n;
}

/* ---- rows ---- */

struct row {
	unsigned char la[16], ra[16], v6;
	unsigned lport, rport, state, timer;
	uint64_t txq, rxq, when, retr, inode;
	int uid, timeout;
};

/* The kernel prints each 32-bit word of an address in host order: read
 * each 8-digit word into a native integer and keep its bytes as they are. */
static void parse_addr(unsigned char *a, const struct field *f, int v6)
{
	unsigned i, j;

	memset(a, 0, 16);
	for (i = 0; i < (v6 ? 4u : 1u); i++) {
		uint32_t w = 0;
		for (j = 8 * i; j < f->n && j < 8 * i + 8; j++)
			w = w << 4 | hexval(f->s[j]);
		memcpy(a + 4 * i, &w, 4);
	}
}

/* "sl: local:port remote:port st tx:rx tr:when retr uid timeout inode";
 * returns the number of fields found, as net-tools' sscanf would */
static int parse_inet(const char *line, struct row *r)
{
	struct field f[14];
	int n = scan(line, "d: a:x a:x x x:x x:x x d d d", f);

	memset(r, 0, sizeof(*r));
	if (n < 10)
		return n;
	r->v6 = f[1].n > 8;
	parse_addr(r->la, &f[1], r->v6);
	parse_addr(r->ra, &f[3], r->v6);
	r->lport = f[2].v;
	r->rport = f[4].v;
	r->state = f[5].v;
	r->txq = f[6].v;
	r->rxq = f[7].v;
	r->timer = f[8].v;
	r->when = f[9].v;
	if (n > 10)
		r->retr = f[10].v;
	if (n > 11)
		r->uid = f[11].v;
	if (n > 12)
		r->timeout = f[12].v;
	if (n > 13)
		r->inode = f[13].v;
	return n;
}

/* ---- lookups: pid owning an inode ---- */

/* -p: one scan of /proc/PID/fd builds a sorted inode -> process array;
 * memory is bounded by PMAP_MAX and PROC_MAX, filled in scan order. */
static struct pent {
	uint64_t ino;
	uint32_t proc;
} pmap[PMAP_MAX];
static char pname[PROC_MAX][20];	/* "PID/name", at most 19 chars */
static unsigned npmap, nproc;
static char programs_loaded;

struct dent64 {
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

/* Calls fn(name, ctx) for each entry of an open directory, in the order the
 * file system returns them (net-tools' readdir order). */
static void each_entry(int dfd, void (*fn)(const char *, void *), void *ctx)
{
	char buf[4096];
	long n, i;

	while ((n = syscall(SYS_getdents64, dfd, buf, sizeof(buf))) > 0)
		for (i = 0; i < n; i += ((struct dent64 *)(buf + i))->reclen)
			fn(((struct dent64 *)(buf + i))->name, ctx);
	close(dfd);
}

static int all_digits(const char *s)
{
	while (*s >= '0' && *s <= '9')
		s++;
	return !*s;
}

/* strtoul(s, &end, 0) that must consume all of s[0..n): leading blanks,
 * a sign and 0x / 0 prefixes are accepted as strtoul accepts them */
static int parse_ulong0(const char *s, size_t n, uint64_t *v)
{
	const char *e = s + n;
	unsigned base = 10;
	int neg = 0, d, any = 0;
	uint64_t x = 0;

	while (s < e && is_blank(*s))
		s++;
	if (s < e && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	if (e - s > 1 && *s == '0') {
		base = 8;
		if ((s[1] | 32) == 'x' && e - s > 2 && hexval(s[2]) >= 0)
			base = 16, s += 2;
	}
	for (; s < e && (d = hexval(*s)) >= 0 && d < (int)base; s++, any = 1)
		x = x * base + d;
	*v = neg ? -x : x;
	return s == e && any && ~*v ? 0 : -1;	/* the reference's ULONG_MAX is 64-bit */
}

/* "socket:[12345]" or "[0000]:12345", the latter from old kernels */
static int socket_inode(const char *l, size_t n, uint64_t *ino)
{
	if (n >= 11 && !memcmp(l, "socket:[", 8) && l[n - 1] == ']')
		return parse_ulong0(l + 8, n - 9, ino);
	if (n >= 8 && !memcmp(l, "[0000]:", 7))
		return parse_ulong0(l + 7, n - 7, ino);
	return -1;
}

/* buf = $PROC_ROOT/a b c, or 0 when that would not fit in PATH_BUF */
#define PATH_BUF 512
static char *proc_path(char *buf, const char *a, const char *b, const char *c)
{
	const char *part[4] = { proc_root, a, b, c };
	size_t n = 0, k;
	int i;

	for (i = 0; i < 4; i++) {
		if (n + (k = strlen(part[i])) + 2 > PATH_BUF)
			return 0;
		memcpy(buf + n, part[i], k);
		n += k;
		if (!i)
			buf[n++] = '/';
	}
	buf[n] = 0;
	return buf;
}

/* net-tools names a process by argv[0], cut after its last '/' only when
 * it starts with '/' */
static int read_progname(const char *pid, char *out)
{
	char path[PATH_BUF], cmd[512], *name = cmd, *s;
	int fd, n;

	if (!proc_path(path, pid, "/cmdline", "") || (fd = open(path, O_RDONLY)) < 0)
		return -1;
	n = read(fd, cmd, sizeof(cmd) - 1);
	close(fd);
	if (n < 0)
		return -1;
	cmd[n] = 0;
	if (cmd[0] == '/')
		for (s = cmd; *s; s++)
			if (*s == '/')
				name = s + 1;
	/* "PID/name" in at most 19 columns, as net-tools cuts it */
	n = strnlen(pid, 19);
	memcpy(out, pid, n);
	if (n < 19)
		out[n++] = '/';
	n += escape(out + n, name, strlen(name), 19 - n);
	out[n] = 0;
	return 0;
}

struct pidscan {
	const char *pid;
	int proc;		/* index into pname, -1 until cmdline is read */
	char eacces, found;
};

static void scan_fd(const char *fd, void *ctx)
{
	struct pidscan *ps = ctx;
	char path[PATH_BUF], link[30];
	uint64_t ino;
	ssize_t n;

	if (*fd < '0' || *fd > '9' || !proc_path(path, ps->pid, "/fd/", fd))
		return;
	n = readlink(path, link, sizeof(link) - 1);	/* net-tools' 29 bytes */
	if (n < 0 || socket_inode(link, n, &ino))
		return;
	if (ps->proc < 0) {
		if (nproc >= PROC_MAX || read_progname(ps->pid, pname[nproc]))
			return;
		ps->proc = nproc++;
	}
	ps->found = 1;
	if (npmap < PMAP_MAX) {
		pmap[npmap].ino = ino;
		pmap[npmap++].proc = ps->proc;
	}
}

static void scan_pid(const char *name, void *ctx)
{
	struct pidscan *ps = ctx;
	char path[PATH_BUF];
	int dfd;

	if (!all_digits(name) || !proc_path(path, name, "/fd", ""))
		return;
	if ((dfd = open(path, O_RDONLY | O_DIRECTORY)) < 0) {
		if (errno == EACCES)
			ps->eacces = 1;
		return;
	}
	ps->pid = name;
	ps->proc = -1;
	each_entry(dfd, scan_fd, ps);
}

static int pent_less(const struct pent *a, const struct pent *b)
{
	return a->ino < b->ino || (a->ino == b->ino && a->proc < b->proc);
}

static void sift(struct pent *h, unsigned i, unsigned n)
{
	unsigned c;
	struct pent t;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && pent_less(&h[c], &h[c + 1]))
			c++;
		if (!pent_less(&h[i], &h[c]))
			break;
		t = h[i], h[i] = h[c], h[c] = t;
		i = c;
	}
}

/* heapsort by (inode, scan order): the first process found wins */
static void sort_pmap(void)
{
	unsigned i;
	struct pent t;

	for (i = npmap / 2; i--;)
		sift(pmap, i, npmap);
	for (i = npmap; i-- > 1;) {
		t = pmap[0], pmap[0] = pmap[i], pmap[i] = t;
		sift(pmap, 0, i);
	}
}

static void load_programs(void)
{
	struct pidscan ps = { 0 };
	char num[24];
	int dfd;

	if (programs_loaded || !(flags & F_PRG))
		return;
	programs_loaded = 1;
	npmap = nproc = 0;
	dfd = open(proc_root, O_RDONLY | O_DIRECTORY);
	if (dfd < 0)
		goto none;
	each_entry(dfd, scan_pid, &ps);
	sort_pmap();
	if (!ps.eacces)
		return;
	if (ps.found) {
		errs("(Not all processes could be identified, non-owned process info\n"
		     " will not be shown, you would have to be root to see it all.)\n", 0, 0);
		return;
	}
none:
	errs("(No info could be read for \"-p\": geteuid()=",
	     utoa(num + 23, geteuid()), " but you should be root.)\n");
}

static const char *program(uint64_t ino)
{
	unsigned lo = 0, hi = npmap;

	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (pmap[mid].ino < ino)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < npmap && pmap[lo].ino == ino ? pname[pmap[lo].proc] : "-";
}

/* ---- lookups: /etc files ---- */

/* strstr(s, w) != 0, without linking strstr's 1 KiB */
static int contains(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncmp(s, w, n))
			return 1;
	return !n;
}

/* Splits a line into blank-separated words, stopping at '#'. */
static int words(char *s, char **w, int max)
{
	int n = 0;

	for (;;) {
		while (is_blank(*s))
			s++;
		if (!*s || *s == '#' || n == max)
			return n;
		w[n++] = s;
		while (*s && !is_blank(*s) && *s != '#')
			s++;
		if (*s == '#' || !*s) {
			*s = 0;
			return n;
		}
		*s++ = 0;
	}
}

/* getpwuid(uid)->pw_name from /etc/passwd, remembered for the last 16
 * uids asked for, so that rows of a few users read the file a few times */
static const char *user_name(unsigned uid)
{
	static struct {
		unsigned uid;
		char known, name[256];
	} cache[16];
	static unsigned next;
	char *l, *pw, *e, *name;
	uint64_t v;
	unsigned i;

	for (i = 0; i < next && i < 16; i++)
		if (cache[i].uid == uid)
			return cache[i].known ? cache[i].name : 0;
	i = next++ % 16;
	cache[i].uid = uid;
	cache[i].known = 0;
	name = cache[i].name;
	if (rd_open(&aux, "/etc", "passwd") < 0)
		return 0;
	while ((l = rd_line(&aux))) {
		if (!(pw = strchr(l, ':')) || !(e = strchr(pw + 1, ':'))
		    || !(e = (char *)scan_num(e + 1, 10, &v)) || *e != ':'
		    || v != uid || pw - l >= 256)
			continue;
		memcpy(name, l, pw - l);
		name[pw - l] = 0;
		cache[i].known = 1;
		break;
	}
	rd_close(&aux);
	return cache[i].known ? name : 0;
}

/* /etc/services (tcp, udp, raw) then /etc/protocols (as raw), searched
 * from the end: net-tools keeps them in lists built by prepending. */
enum { S_TCP, S_UDP, S_RAW };
static struct svc {
	uint16_t port, name;
	unsigned char proto;
} svc[4096];
static char svc_names[32768];
static unsigned nsvc, svc_used;

static void add_service(const char *name, unsigned port, int proto)
{
	size_t n = strnlen(name, 63);

	if (nsvc == sizeof(svc) / sizeof(*svc) || svc_used + n + 1 > sizeof(svc_names))
		return;
	svc[nsvc].port = port;
	svc[nsvc].proto = proto;
	svc[nsvc++].name = svc_used;
	memcpy(svc_names + svc_used, name, n);
	svc_names[svc_used + n] = 0;
	svc_used += n + 1;
}

static void load_services(void)
{
	static const char *const file[] = { "services", "protocols" };
	char *l, *w[2], *e;
	uint64_t port;
	int i, p;

	for (i = 0; i < 2; i++) {
		if (rd_open(&aux, "/etc", file[i]) < 0)
			continue;
		while ((l = rd_line(&aux))) {
			if (words(l, w, 2) < 2 || !(e = (char *)scan_num(w[1], 10, &port)))
				continue;
			if (i) {
				if (!*e)
					add_service(w[0], port, S_RAW);
				continue;
			}
			if (*e++ != '/')
				continue;
			p = !strcmp(e, "tcp") ? S_TCP : !strcmp(e, "udp") ? S_UDP
			    : !strcmp(e, "raw") ? S_RAW : -1;
			if (p >= 0)
				add_service(w[0], port, p);
		}
		rd_close(&aux);
	}
}

static const char *service(unsigned port, int proto, char *buf)
{
	static char loaded;
	unsigned i;

	port &= 0xffff;
	if (!port)
		return "*";
	if (!(flags & N_PORT)) {
		if (!loaded)
			load_services(), loaded = 1;
		for (i = nsvc; i--;)
			if (svc[i].port == port && svc[i].proto == proto)
				return svc_names + svc[i].name;
	}
	return utoa(buf + 7, port);
}

/* ---- lookups: host names ---- */

static char *fmt_ip4(char *p, const unsigned char *a)
{
	char b[4];
	int i;

	for (i = 0; i < 4; i++) {
		if (i)
			*p++ = '.';
		p = stpcpy(p, utoa(b + 3, a[i]));
	}
	return p;
}

/* inet_ntop(AF_INET6) exactly as glibc writes it: the first longest run
 * of two or more zero words becomes "::", and ::a.b.c.d and
 * ::ffff:a.b.c.d keep their dotted quad. */
static char *fmt_ip6(char *p, const unsigned char *a)
{
	unsigned w[8], i, best = 8, blen = 0, cur = 0, clen = 0;

	for (i = 0; i < 8; i++) {
		w[i] = a[2 * i] << 8 | a[2 * i + 1];
		if (w[i]) {
			clen = 0;
			continue;
		}
		if (!clen++)
			cur = i;
		if (clen > blen)
			best = cur, blen = clen;
	}
	if (blen < 2)
		best = 8, blen = 0;
	for (i = 0; i < 8; i++) {
		if (i >= best && i < best + blen) {
			if (i == best)
				*p++ = ':';
			continue;
		}
		if (i)
			*p++ = ':';
		if (i == 6 && best == 0 && (blen == 6 || (blen == 5 && w[5] == 0xffff)))
			return fmt_ip4(p, a + 12);
		if (w[i] >> 12)
			*p++ = "0123456789abcdef"[w[i] >> 12];
		if (w[i] >> 8)
			*p++ = "0123456789abcdef"[w[i] >> 8 & 15];
		if (w[i] >> 4)
			*p++ = "0123456789abcdef"[w[i] >> 4 & 15];
		*p++ = "0123456789abcdef"[w[i] & 15];
	}
	if (blen && best + blen == 8)
		*p++ = ':';
	return p;
}

static int is_zero(const unsigned char *a, int n)
{
	while (n--)
		if (*a++)
			return 0;
	return 1;
}

static int is_mapped(const unsigned char *a)
{
	return is_zero(a, 10) && a[10] == 0xff && a[11] == 0xff;
}

/* glibc's files backend: the first line with this address names it; for
 * IPv4, "::ffff:a.b.c.d" and "::1" lines count as a.b.c.d and 127.0.0.1 */
static int hosts_lookup(const unsigned char *a, int v6, char *out)
{
	unsigned char b[16];
	char *l, *w[2];
	int found = 0;

	if (rd_open(&aux, "/etc", "hosts") < 0)
		return 0;
	while (!found && (l = rd_line(&aux))) {
		if (words(l, w, 2) < 2)
			continue;
		if (inet_pton(v6 ? AF_INET6 : AF_INET, w[0], b) != 1) {
			if (v6 || inet_pton(AF_INET6, w[0], b) != 1)
				continue;
			if (is_mapped(b))
				memmove(b, b + 12, 4);
			else if (is_zero(b, 15) && b[15] == 1)
				memcpy(b, "\177\0\0\1", 4);
			else
				continue;
		}
		if (!memcmp(a, b, v6 ? 16 : 4))
			found = strlen(w[1]) < 256 && strcpy(out, w[1]);
	}
	rd_close(&aux);
	return found;
}

#if FEATURE_DNS
/* A PTR query to the name servers of /etc/resolv.conf, after glibc's
 * defaults: 127.0.0.1 when none is named, 5 s timeout, 2 attempts. */
static int dns_label_ok(const unsigned char *s, int n)
{
	while (n--) {
		unsigned char c = *s++;
		if (!(c == '-' || c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')))
			return 0;
	}
	return 1;
}

/* expands the (compressed) name at m[off], into out when out != 0;
 * returns the offset just past it in place, or -1 */
static int dns_name(const unsigned char *m, int len, int off, char *out)
{
	int end = -1, hops = 0, n = 0;

	while (off < len) {
		int l = m[off];
		if ((l & 0xc0) == 0xc0) {
			if (off + 1 >= len || ++hops > 32)
				return -1;
			if (end < 0)
				end = off + 2;
			off = (l & 0x3f) << 8 | m[off + 1];
			continue;
		}
		if (!l) {
			if (out)
				out[n ? n - 1 : 0] = 0;
			return end < 0 ? off + 1 : end;
		}
		if (l > 63 || off + 1 + l > len || n + l + 1 > 254)
			return -1;
		if (out) {
			if (!dns_label_ok(m + off + 1, l))
				return -1;
			memcpy(out + n, m + off + 1, l);
			out[n + l] = '.';
		}
		n += l + 1;
		off += l + 1;
	}
	return -1;
}

static int dns_answer(const unsigned char *m, int len, char *out)
{
	int off = 12, qd = m[4] << 8 | m[5], an = m[6] << 8 | m[7];

	if ((m[3] & 15) || !(m[2] & 0x80))
		return 0;
	while (qd-- && off >= 0)
		if ((off = dns_name(m, len, off, 0)) >= 0)
			off += 4;
	while (an-- && off >= 0 && (off = dns_name(m, len, off, 0)) >= 0 && off + 10 <= len) {
		int type = m[off] << 8 | m[off + 1], rdlen = m[off + 8] << 8 | m[off + 9];
		off += 10;
		if (type == 12)
			return dns_name(m, len, off, out) > 0 && *out;
		off += rdlen;
	}
	return 0;
}

static int dns_lookup(const unsigned char *a, int v6, char *out)
{
	unsigned char q[300], r[512];
	struct sockaddr_in6 ns[3];
	int nns = 0, timeout = 5, attempts = 2, n = 12, i, k, try;
	char *l, *w[2], b[4];
	uint64_t v;

	memset(q, 0, 12);
	q[0] = getpid() >> 8, q[1] = getpid() ^ a[v6 ? 15 : 3];
	q[2] = 1, q[5] = 1;
	if (v6 && (is_mapped(a) || (is_zero(a, 12) && !(is_zero(a + 12, 3) && a[15] == 1))))
		a += 12, v6 = 0;
	if (v6) {
		for (i = 16; i--;)
			for (k = 0; k < 2; k++) {
				q[n++] = 1;
				q[n++] = "0123456789abcdef"[k ? a[i] >> 4 : a[i] & 15];
			}
		memcpy(q + n, "\3ip6\4arpa", 10);
		n += 10;
	} else {
		for (i = 4; i--;) {
			char *s = utoa(b + 3, a[i]);
			q[n] = strlen(s);
			memcpy(q + n + 1, s, q[n]);
			n += q[n] + 1;
		}
		memcpy(q + n, "\7in-addr\4arpa", 14);
		n += 14;
	}
	memcpy(q + n, "\0\14\0\1", 4);
	n += 4;

	memset(ns, 0, sizeof(ns));
	if (rd_open(&aux, "/etc", "resolv.conf") >= 0) {
		while ((l = rd_line(&aux))) {
			if (words(l, w, 2) < 2)
				continue;
			if (!strcmp(w[0], "nameserver") && nns < 3) {
				struct sockaddr_in *s4 = (void *)&ns[nns];
				if (inet_pton(AF_INET, w[1], &s4->sin_addr) == 1)
					s4->sin_family = AF_INET, nns++;
				else if (inet_pton(AF_INET6, w[1], &ns[nns].sin6_addr) == 1)
					ns[nns++].sin6_family = AF_INET6;
			} else if (!strcmp(w[0], "options")) {
				if (!strncmp(w[1], "timeout:", 8) && scan_num(w[1] + 8, 10, &v))
					timeout = v > 30 ? 30 : v < 1 ? 1 : v;
				if (!strncmp(w[1], "attempts:", 9) && scan_num(w[1] + 9, 10, &v))
					attempts = v > 5 ? 5 : v < 1 ? 1 : v;
			}
		}
		rd_close(&aux);
	}
	if (!nns) {
		struct sockaddr_in *s4 = (void *)&ns[0];
		s4->sin_family = AF_INET;
		s4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		nns = 1;
	}
	for (try = 0; try < attempts; try++)
		for (i = 0; i < nns; i++) {
			struct pollfd p = { .events = POLLIN };
			int len = 0;
			ns[i].sin6_port = htons(53);
			p.fd = socket(ns[i].sin6_family, SOCK_DGRAM, 0);
			if (p.fd < 0)
				continue;
			if (!connect(p.fd, (void *)&ns[i], sizeof(ns[i])) && send(p.fd, q, n, 0) == n)
				while (poll(&p, 1, timeout * 1000) == 1
				       && (len = recv(p.fd, r, sizeof(r), 0)) >= 0
				       && (len < 12 || memcmp(r, q, 2)))
					len = 0;
			close(p.fd);
			if (len >= 12)
				return dns_answer(r, len, out);
		}
	return 0;
}
#else
static int dns_lookup(const unsigned char *a, int v6, char *out)
{
	return 0;
}
#endif

/* net-tools: "0.0.0.0" and "[::]" for the wildcard, otherwise the name of
 * the first source that knows the address, else the number.  The cache
 * keeps a name per address, as net-tools' own cache does for IPv4. */
static struct hname {
	unsigned char a[16], v6, used;
	char name[256];
} hcache[128];
static unsigned hnext;

static const char *host_name(const unsigned char *a, int v6, char *num)
{
	struct hname *h;
	unsigned i, n = v6 ? 16 : 4;
	char *s;

	*(v6 ? fmt_ip6(num, a) : fmt_ip4(num, a)) = 0;
	if (!(flags & N_HOST) && is_zero(a, n))
		return v6 ? "[::]" : num;
	s = num;
	/* net-tools looks 0.x.y.z up as a network, in /etc/networks; that never
	 * names a socket address, so it stays a number */
	if (!(flags & N_HOST) && (v6 || a[0])) {
		for (i = 0, h = 0; i < sizeof(hcache) / sizeof(*hcache); i++)
			if (hcache[i].used && hcache[i].v6 == v6 && !memcmp(hcache[i].a, a, n))
				h = &hcache[i];
		if (!h) {
			h = &hcache[hnext++ % (sizeof(hcache) / sizeof(*hcache))];
			memcpy(h->a, a, n);
			h->v6 = v6;
			h->used = 1;
			if (!hosts_lookup(a, v6, h->name) && !dns_lookup(a, v6, h->name))
				strcpy(h->name, num);
		}
		s = h->name;
	}
	/* an IPv4-mapped address prints as its IPv4 part */
	if (v6 && is_mapped(a)) {
		char *dot = strchr(s, '.'), *c = dot;
		while (c && c > s && *c != ':')
			c--;
		if (c && *c == ':')
			return c + 1;
	}
	return s;
}

/* ---- formatters ---- */

enum { K_TCP, K_UDP, K_RAW };	/* row layouts; also the services' protocols */

static const char *const tcp_state[] = {
	"", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
	"TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING"
};

static void put_header(const char *what, const char *columns)
{
	outs(what);
	outs(flags & F_ALL ? "(servers and established)"
	     : flags & F_LST ? "(only servers)" : "(w/o servers)");
	outs(columns);
}

/* "host:port", cut to 23 columns unless -W as net-tools cuts it */
static void put_endpoint(const unsigned char *a, int v6, unsigned port, int kind)
{
	char hb[64], pb[8], out[400];
	const char *h = host_name(a, v6, hb), *p = service(port, kind, pb);
	size_t hl = strlen(h), pl = strlen(p);

	if (!(flags & F_WIDE) && hl + pl > 22) {
		if (pl > 18)
			pl = 18;
		if (hl > 22 - pl)
			hl = 22 - pl;
	}
	memcpy(out, h, hl);
	out[hl] = ':';
	memcpy(out + hl + 1, p, pl);
	out[hl + 1 + pl] = 0;
	outpad(out, 23);
	outc(' ');
}

/* "on (1.23/0/0)": seconds with two decimals by integer arithmetic; the
 * kernel reports jiffies in USER_HZ, which is 100 on Linux */
static void put_timer(const struct row *r, int kind)
{
	static const char *const tcp_timer[] = { "off", "on", "keepalive", "timewait", "probe" };
	char b[24];
	unsigned t = r->timer;

	outc(' ');
	if (!t || (kind == K_TCP && t < 5))
		outs(tcp_timer[kind == K_TCP ? t : 0]);
	else if (t < 3)
		outs("on"), outnum(t, 0);
	else
		outs("unkn-"), outnum((int)t, 0);
	outs(" (");
	if (t) {
		outs(utoa(b + 23, r->when / 100));
		outc('.');
		outc('0' + r->when % 100 / 10);
		outc('0' + r->when % 10);
	} else
		outs("0.00");
	outc('/');
	outnum(kind == K_UDP ? 0 : (int64_t)r->retr, 0);
	outc('/');
	outnum(r->timeout, 0);
	outc(')');
}

static void put_program(uint64_t inode, int known)
{
	if (flags & F_PRG) {
		outc(' ');
		outpad(known ? program(inode) : "-", 20);
	}
}

/* the columns after State: User and Inode with -e, PID/name with -p */
static void put_owner(int uid, uint64_t inode)
{
	if (flag_ext > 1) {
		const char *u = flags & N_USER ? 0 : user_name(uid);
		outc(' ');
		if (u)
			outpad(u, 10);
		else
			outnum(uid, -10);
		outc(' ');
		outu(inode, -10);
	}
	put_program(inode, 1);
}

/* ---- /proc/net readers ---- */

static const struct table {
	char file[9], label[6];
	unsigned char kind;
} tables[] = {
	{ "tcp", "tcp", K_TCP }, { "tcp6", "tcp6", K_TCP },
	{ "udp", "udp", K_UDP }, { "udp6", "udp6", K_UDP },
	{ "udplite", "udpl", K_UDP }, { "udplite6", "udpl6", K_UDP },
	{ "raw", "raw", K_RAW }, { "raw6", "raw6", K_RAW },
};
static const char *const kind_name[] = { "tcp", "udp", "raw" };

static char explicit, noprot;	/* a protocol was named; ... only by family */
static char unix_inode;		/* /proc/net/unix has an Inode column */

/* -a: everything; -l: listeners only; default: the rest */
static int selected(int listening)
{
	return flags & F_ALL || !listening == !(flags & F_LST);
}

static void inet_line(const struct table *t, char *line, int lnr)
{
	struct row r;
	int n = parse_inet(line, &r);

	if (!lnr)
		return;
	if (n < (t->kind == K_TCP ? 11 : 10)) {
		errs("warning, got bogus ", kind_name[t->kind], " line.\n");
		return;
	}
	/* TCP listens when the remote port is 0, the rest when the remote
	 * address is all zero */
	if (!selected(t->kind == K_TCP ? !r.rport : is_zero(r.ra, r.v6 ? 16 : 4)))
		return;
	outpad(t->label, 5);
	outc(' ');
	outnum(r.rxq, 6);
	outc(' ');
	outnum(r.txq, 6);
	outc(' ');
	put_endpoint(r.la, r.v6, r.lport, t->kind);
	put_endpoint(r.ra, r.v6, r.rport, t->kind);
	if (t->kind == K_RAW)
		outnum((int)r.state, -11);
	else if (t->kind == K_UDP)
		outpad(r.state == 1 ? "ESTABLISHED" : r.state == 7 ? "" : "UNKNOWN", 11);
	else
		outpad(r.state < 12 ? tcp_state[r.state] : "UNKNOWN", 11);
	put_owner(r.uid, r.inode);
	if (flags & F_TIMERS)
		put_timer(&r, t->kind);
	outc('\n');
}

static void unix_line(const struct table *t, char *line, int lnr)
{
	static const char *const type[] = { "STREAM", "DGRAM", "RAW", "RDM", "SEQPACKET" };
	static const char *const state[] = { "FREE", "", "CONNECTING", "CONNECTED", "DISCONNECTING" };
	struct field f[7];
	char fl[16] = "[ ", num[24];
	const char *path = "";
	unsigned ty, st;
	uint64_t bits, ino = 0;
	size_t plen = 0;
	int n;

	if (!lnr) {
		unix_inode = contains(line, "Inode");
		return;
	}
	/* "Num: RefCount Protocol Flags Type St Inode Path" */
	if ((n = scan(line, "x: x x x x x d", f)) < 6) {
		errs("warning, got bogus unix line.\n", 0, 0);
		return;
	}
	bits = f[3].v, ty = f[4].v, st = f[5].v;
	if (n > 6) {
		ino = f[6].v;
		path = f[6].s + (*f[6].s == ' ');	/* the kernel's one blank */
		for (; path[plen] && path[plen] != '\n'; plen++)
			;
	}
	if (!selected(st == 1 && bits & 1 << 16))
		return;
	if (!unix_inode) {
		path = utoa(num + 23, ino);
		plen = strlen(path);
	}
	if (bits & 1 << 16)
		strcat(fl, "ACC ");
	if (bits & 1 << 17)
		strcat(fl, "W ");
	if (bits & 1 << 18)
		strcat(fl, "N ");
	strcat(fl, "]");
	outpad(f[2].v ? "??" : "unix", 5);
	outc(' ');
	outnum(f[1].v, -6);
	outc(' ');
	outpad(fl, 11);
	outc(' ');
	outpad(ty - 1 < 5 ? type[ty - 1] : "UNKNOWN", 10);
	outc(' ');
	outpad(st == 1 && !(bits & 1 << 16) ? "" : st == 1 ? "LISTENING"
	       : st < 5 ? state[st] : "UNKNOWN", 13);
	outc(' ');
	if (unix_inode)
		outu(ino, -8);
	else
		outs("-       ");
	put_program(ino, unix_inode);
	outc(' ');
	out_escaped(path, plen);	/* whole, where net-tools stops at a blank */
	outc('\n');
}

/* Feeds every line of $PROC_ROOT/rel to fn; -1 if it cannot be opened. */
static int read_table(const char *rel, const struct table *t,
		      void (*fn)(const struct table *, char *, int))
{
	char path[24] = "net/", *l;
	int lnr = 0;

	strcat(path, rel);
	if (rd_open(&tab, proc_root, path) < 0)
		return -1;
	while ((l = rd_line(&tab)))
		fn(t, l, lnr++);
	rd_close(&tab);
	return 0;
}

/* glibc's strerror() for what open(2) can say about a /proc file; musl's
 * wording differs and its full table would cost 2 KiB */
static const char *error_text(int e)
{
	static const struct {
		unsigned char no;
		char text[34];
	} t[] = {
		{ 0, "Success" }, { EINVAL, "Invalid argument" },
		{ EPERM, "Operation not permitted" }, { ENOENT, "No such file or directory" },
		{ EACCES, "Permission denied" }, { EIO, "Input/output error" },
		{ ENXIO, "No such device or address" }, { ENOMEM, "Cannot allocate memory" },
		{ ENODEV, "No such device" }, { ENOTDIR, "Not a directory" },
		{ EISDIR, "Is a directory" }, { ENFILE, "Too many open files in system" },
		{ EMFILE, "Too many open files" }, { ENAMETOOLONG, "File name too long" },
		{ ELOOP, "Too many levels of symbolic links" },
	};
	static char unknown[32] = "Unknown error ";
	char num[12];
	unsigned i;

	for (i = 0; i < sizeof(t) / sizeof(*t); i++)
		if (t[i].no == e)
			return t[i].text;
	strcpy(unknown + 14, utoa(num + 11, e));
	return unknown;
}

/* perror(): "a b: text"; with a == 0 the text alone */
static void report_error(const char *a, const char *b, int e)
{
	if (a)
		errs(a, b, ": ");
	errs(error_text(e), "\n", 0);
}

/* A table that cannot be opened: net-tools' message and status. */
static int missing(const char *rel, const char *what)
{
	if (errno != ENOENT && errno != EACCES) {
		report_error("/proc/net/", rel, errno);
		return -1;
	}
	if (!noprot && (explicit || flags & F_VERB))
		no_support(what);
	return !noprot && explicit;
}

/* tcp, udp, udplite or raw: the IPv4 table, then the IPv6 one, whose
 * absence is never reported */
static int inet_family(unsigned g)
{
	const struct table *t = tables + 2 * g;
	char what[24] = "AF INET (";
	int rc = 0;

	if ((!explicit || af[FAM_I4]) && read_table(t->file, t, inet_line) < 0)
		rc = missing(t->file, strcat(strcat(what, t->file), ")"));
	if (!explicit || af[FAM_I6])
		read_table(t[1].file, t + 1, inet_line);
	return rc;
}

static void skip_line(const struct table *t, char *line, int lnr)
{
}

/* SCTP: endpoints (listeners) and associations.  Kernels without the sctp
 * module have neither file, and net-tools then reports what we report. */
static int sctp(void)
{
	static const char *const file[] = { "sctp/eps", "sctp6/eps", "sctp/assocs", "sctp6/assocs" };
	int i, rc = 0;

	for (i = 0; i < 4; i += 2) {
		if (i ? !(flags & F_ALL) && flags & F_LST : !(flags & (F_ALL | F_LST)))
			continue;	/* endpoints with -a or -l, associations unless -l */
		if ((!explicit || af[FAM_I4]) && read_table(file[i], 0, skip_line) < 0)
			rc = missing(file[i], "AF INET (sctp)");
		if (!explicit || af[FAM_I6])
			read_table(file[i + 1], 0, skip_line);
		if (rc)
			return rc;
	}
	return rc;
}

static int unix_sockets(void)
{
	put_header("Active UNIX domain sockets ",
		   "\nProto RefCnt Flags       Type       State         I-Node  ");
	if (flags & F_PRG)
		outs(" PID/Program name    ");
	outs(" Path\n");
	if (read_table("unix", 0, unix_line) < 0)
		return missing("unix", "AF UNIX");
	return 0;
}

/* Families net-tools knows but few kernels still have: only their absence
 * is reported, as net-tools reports it. */
static const struct other {
	unsigned char af;
	char file[8], what[10];
} others[] = {
	{ FAM_IPX, "ipx", "AF IPX" }, { FAM_AX25, "ax25", "AF AX25" },
	{ FAM_X25, "x25", "AF X25" }, { FAM_NETROM, "nr", "AF NETROM" },
	{ FAM_ROSE, "rose", "AF ROSE" },
};

static int other_family(const struct other *o)
{
	char path[16] = "net/";
	int fd = open_path(proc_root, strcat(path, o->file), O_RDONLY);

	if (fd >= 0) {
		close(fd);
		return 0;
	}
	if (explicit || flags & F_VERB)
		no_support(o->what);
	return explicit;
}

/* ---- other modes: -r, -i, -s, -g, -M ---- */

#ifndef FEATURE_ROUTE		/* -r: IPv4 and IPv6 routing tables */
#define FEATURE_ROUTE 1
#endif
#ifndef FEATURE_IFACE		/* -i: interface table */
#define FEATURE_IFACE 1
#endif
#ifndef FEATURE_STATS		/* -s: protocol statistics */
#define FEATURE_STATS 1
#endif
#ifndef FEATURE_GROUPS		/* -g: multicast group memberships */
#define FEATURE_GROUPS 1
#endif

static int not_built(const char *what)
{
	errs("netstat: ", what, " is not built into this netstat.\n");
	return 1;
}

/* BEGIN route */
#if FEATURE_ROUTE
#ifndef FEATURE_ROUTE_OLDAF	/* -r -A ax25 etc.: net-tools' words when the
				 * kernel lacks them (~770 bytes) */
#define FEATURE_ROUTE_OLDAF 1
#endif
/* -r: net-tools' route_info() for each family of afname.  IPv4 reads
 * /proc/net/route through the column map its header gives (proc_gen_fmt),
 * IPv6 reads /proc/net/ipv6_route with a fixed layout; both as sscanf reads
 * them, so that what a short or broken line leaves unread keeps the value
 * of the line before, exactly as net-tools' variables do. */

/* one sscanf conversion per byte: 1..127 "%Ns"; R_NUM | w "%0wx" (w = 0:
 * "%X"); R_NUM | R_DEC "%d"; R_SKIP "%*s" */
enum { R_NUM = 0x80, R_DEC = 0x40, R_SKIP = 0xff };

static struct rcol {
	char s[16];		/* a string, cut to 15 bytes */
	uint32_t v;		/* a number, as sscanf stores it in an int */
} rcol[32];
static char rt_looked;		/* a name was looked up (see rt_cache4) */

/* sscanf's %d / %x: strtol / strtoul's clamping, then cut to 32 bits;
 * a width counts the sign and "0x" too */
static const char *rt_num(const char *p, unsigned c, uint32_t *out)
{
	unsigned w = c & 63 ? c & 63 : ~0u, base = c & R_DEC ? 10 : 16;
	uint64_t x = 0;
	int neg = 0, any = 0, ovf = 0, d;

	if (*p == '-' || *p == '+')
		neg = *p++ == '-', w--;
	if (base == 16 && *p == '0' && (p[1] | 32) == 'x' && w >= 2)
		p += 2, w -= 2, any = 1;
	for (; w && (d = hexval(*p)) >= 0 && d < (int)base; p++, w--, any = 1) {
		ovf |= x > (~0ULL - d) / base;
		x = x * base + d;
	}
	if (!any)
		return 0;
	if (ovf || (base == 10 && x >> 63))
		*out = neg && base == 10 ? 0 : ~0u;
	else
		*out = neg ? -x : x;
	return p;
}

/* sscanf(p, fmt) into rcol[]; returns the number of conversions */
static unsigned rt_scan(const char *p, const unsigned char *fmt)
{
	unsigned c, k, n = 0;

	for (; (c = *fmt); fmt++) {
		while (is_blank(*p))
			p++;
		if (!*p)
			break;
		if (c == R_SKIP) {
			while (*p && !is_blank(*p))
				p++;
			continue;
		}
		if (c < R_NUM) {
			for (k = 0; k < c && p[k] && !is_blank(p[k]); k++)
				;
			memcpy(rcol[n].s, p, k < 15 ? k : 15);
			rcol[n].s[k < 15 ? k : 15] = 0;
			p += k;
		} else if (!(p = rt_num(p, c, &rcol[n].v)))
			break;
		n++;
	}
	return n;
}

/* opens $PROC_ROOT/net/rel; on failure net-tools' perror and note */
static int rt_open(const char *rel, const char *note)
{
	char path[40] = "/proc/net/";

	strcat(path, rel);
	if (rd_open(&tab, proc_root, path + 6) >= 0)
		return 0;
	report_error(path, 0, errno);
	outs(note);
	return 1;
}

/* fgets(buf, size) of the open table, into buf (the header parser
 * writes past the line's end) */
static char *rt_line(char *buf, int size)
{
	char *l;

	tab.max = size - 1;
	return (l = rd_line(&tab)) ? strcpy(buf, l) : 0;
}

/* route flags: pairs of ' ' + bit number and letter; on IPv4 '!'
 * (reject) replaces what came before it */
static void rt_flags(char *f, uint32_t bits, const char *t, int v4)
{
	char *p = f;

	for (*p = 0; *t; t += 2)
		if (bits >> (t[0] - ' ') & 1) {
			if (t[1] == '!' && v4)
				p = f;
			*p++ = t[1];
			*p = 0;
		}
}

/* glibc's inet_network() on an /etc/networks number that its files
 * backend has padded with ".0" parts to four */
static uint32_t rt_inet_network(const char *s)
{
	uint32_t v = 0, part, base;
	int n = 0, digit, d;

	for (;;) {
		part = 0, base = 10, digit = 0;
		if (*s == '0')
			digit = 1, base = 8, s++;
		if ((*s | 32) == 'x')
			digit = 0, base = 16, s++;
		for (; (d = hexval(*s)) >= 0 && (d < 10 || base == 16); s++, digit = 1) {
			if (d >= (int)base)
				return ~0u;
			part = part * base + d;
		}
		if (!digit || n == 4 || part > 255)
			return ~0u;
		v = v << 8 | part;
		n++;
		if (*s != '.')
			break;
		s++;
	}
	return *s ? ~0u : v << 8 * (4 - n);
}

/* getnetbyaddr(net, AF_INET) from /etc/networks: the first "name number" */
static int rt_network(uint32_t net, char *out)
{
	char *l, *w[2];
	int n, found = 0;

	if (rd_open(&aux, "/etc", "networks") < 0)
		return 0;
	while (!found && (l = rd_line(&aux)))
		if ((n = words(l, w, 2)) && rt_inet_network(n > 1 ? w[1] : "") == net
		    && strlen(w[0]) < 256)
			found = !!strcpy(out, w[0]);
	rd_close(&aux);
	return found;
}

/* net-tools' INET_rresolve for a route: "default" for 0.0.0.0/0, a host's
 * name for a host or a gateway, a network's name for a network, else the
 * number; cut to 15 columns as net-tools cuts it */
static void rt_name4(char *out, uint32_t ad, uint32_t mask, int host)
{
	unsigned char a[16] = { 0 };	/* dns_lookup reads a[15] */
	char num[16], name[256];
	const char *s = num;
	size_t n;

	memcpy(a, &ad, 4);
	*fmt_ip4(num, a) = 0;
	if (!(flags & N_HOST) && !ad && !mask)
		s = "default";
	else if (!(flags & N_HOST) && ad) {
		rt_looked = 1;
		if (host || ad & ~mask)
			s = a[0] ? host_name(a, 0, num)
			    : hosts_lookup(a, 0, name) || dns_lookup(a, 0, name) ? name : num;
		else if (rt_network((uint32_t)a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3], name))
			s = name;
	}
	n = strnlen(s, 15);
	memcpy(out, s, n);
	out[n] = 0;
}

/* an int as %d writes it */
static char *rt_itoa(char *end, uint32_t v)
{
	char *s = utoa(end, (int32_t)v < 0 ? 0u - v : v);

	if ((int32_t)v < 0)
		*--s = '-';
	return s;
}

/* One row from a layout of (what, width + 64) byte pairs, width < 0 for
 * "%-*s".  what: 64 + k the string str[k]; 32 + i rcol[i].s, cut to the
 * width if left-aligned ("%-6.6s"); i the number rcol[i].v; | 128: "-" on
 * a reject route. */
static void rt_row(const char *l, const char *const *str, int rej)
{
	char b[16];
	const char *s;
	int a, w, n;

	for (; *l; l += 2) {
		a = *l & 127, w = l[1] - 64;
		s = rej && *l & 128 ? "-" : a >= 64 ? str[a - 64] : a >= 32 ? rcol[a - 32].s
		    : rt_itoa(b + 15, rcol[a].v);
		n = strlen(s);
		if (a >= 32 && a < 64 && w < 0 && n > -w)
			n = -w;
		spaces(w - n);
		outn(s, n);
		spaces(-w - n);
		outc(l[2] ? ' ' : '\n');
	}
}

/* the column line for -e level ext, without its end */
static void rt_columns(const char *first, int ext)
{
	static const char ee[] = "Flags Metric Ref    Use Iface    MSS   Window irtt";

	outs(first);
	if (ext == 2)
		outs("Flags   MSS Window  irtt Iface");
	else
		outn(ee, ext == 1 ? 29 : sizeof(ee) - 1);
}

/* /proc/net/route: "Iface Destination Gateway Flags RefCnt Use Metric Mask
 * MTU Window IRTT", each found by its title in the header */
static int rt_fib4(int ext)
{
	static const char title[] = "Iface\0Destination\0Gateway\0Flags\0RefCnt\0"
		"Use\0Metric\0Mask\0MTU\0Window\0IRTT";
	static const unsigned char conv[] = {
		15, 127, 127, R_NUM, R_NUM | R_DEC, R_NUM | R_DEC, R_NUM | R_DEC,
		127, R_NUM | R_DEC, R_NUM | R_DEC, R_NUM | R_DEC
	};
	static const char bits[] = " U!G)!\"H#R$D%M0d1a2c5o6e8c9f:p?l&u'w(i*n";
	static uint32_t addr[3];	/* destination, gateway, mask: kept when unreadable */
	/* net-tools' formats: "%-15s %-15s %-15s %-5s " and then -e "%-6d %-2d
	 * %7d %s", by default "%5d %-5d %6d %s", -ee "%-6d %-3d %6d %-6.6s   %-5d
	 * %-6d %d"; a reject route has "-" for Gateway, Ref, Iface, MSS, Window
	 * and irtt, and with -ee "%-6d -  %7d" for Metric, Ref and Use */
	static const char row[4][33] = {	/* -ee reject, -e, default, -ee */
		"@1\3011B1C;\6:\204>\5G\240:D?\210;\211:\212@",
		"@1\3011B1C;\6:\204>\5G\240@",
		"@1\3011B1C;\210E\211;\212F\240@",
		"@1\3011B1C;\6:\204=\5F\240:D?\210;\211:\212@"
	};
	char buf[1024], *h, *head, dst[16], gw[16], mask[16], fl[64];
	const char *str[] = { dst, gw, mask, fl, "" };
	const char *t = title;
	unsigned char fmt[160];
	unsigned k = 0, len = 0, i = 0, w, j, m, rej;
	uint32_t v;

	if (rt_open("route", "INET (IPv4) not configured in this system.\n"))
		return 1;
	outs("Kernel IP routing table\n");
	if (ext) {
		rt_columns("Destination     Gateway         Genmask         ", ext);
		outc('\n');
	}
	/* proc_gen_fmt(): each title found in turn takes its conversion, any
	 * other word is skipped; the same limit on the format's length */
	if (!(h = rt_line(buf, 511)))
		goto fail;
	for (strcat(h, " "); h; len++) {
		while (is_blank(*h) || *h == '|')
			h++;
		head = h;
		while (*h && !strchr("| \t\n", *h))
			h++;
		h = *h ? (*h = 0, h + 1) : 0;
		m = !strcmp(t, head);
		w = !m ? 3 : conv[i] == 127 ? 5 : conv[i] == 15 ? 4 : 2;
		if (len + w + 1 >= 512) {
			errs("warning: format buffer overflow in /proc/net/route\n", 0, 0);
			goto fail;
		}
		len += w;
		fmt[k++] = m ? conv[i] : R_SKIP;
		if (m) {
			t += strlen(t) + 1;
			if (++i == sizeof(conv))
				break;
		}
	}
	fmt[k] = 0;
	if (i < sizeof(conv)) {
		errs("warning: /proc/net/route does not contain required field ", t, "\n");
		goto fail;
	}
	rcol[10].v = 0;
	while (rt_line(buf, 1023)) {
		if (rt_scan(buf, fmt) < 10 || !(rcol[3].v & 1))
			continue;
		/* INET_getsock: eight hex digits, else the address stays */
		for (i = 0; i < 3; i++) {
			const char *s = rcol[i < 2 ? i + 1 : 7].s;
			for (v = j = 0; j < 8 && hexval(s[j]) >= 0; j++)
				v = v << 4 | hexval(s[j]);
			if (j == 8)
				addr[i] = v;
		}
		v = rcol[3].v;
		rej = v >> 9 & 1;
		rt_name4(dst, addr[0], addr[2], v & 4);
		rt_name4(gw, addr[1], ~0u, 1);
		*fmt_ip4(mask, (unsigned char *)&addr[2]) = 0;
		rt_flags(fl, v, bits, 1);
		if (ext)
			rt_row(row[ext == 3 && rej ? 0 : ext], str, rej);
	}
	rd_close(&tab);
	return 0;
fail:
	rd_close(&tab);
	return 1;
}

/* /proc/net/rt_cache: kernels since 3.6 print only its header, which
 * net-tools reads to guess the layout; we take the layout of 2.2 to 3.5,
 * the one that header names, and print net-tools' headers for it */
static int rt_cache4(int ext)
{
	char buf[512];

	if (rt_open("rt_cache", "INET (IPv4) not configured in this system.\n"))
		return 1;
	/* errno when the file is empty: ENOENT from net-tools' start, 0 after
	 * its first name lookup */
	errno = rt_looked ? 0 : ENOENT;
	outs("Kernel IP routing cache\n");
	if (!rt_line(buf, 511)) {
		report_error("/proc/net/rt_cache", 0, errno);
		flush();
		exit(255);
	}
	rd_close(&tab);
	if (ext) {
		rt_columns("Source          Destination     Gateway         ", ext);
		if (ext == 3)
			outs("  TOS HHRef HHUptod     SpecDst");
		outc('\n');
	}
	return 0;
}

/* /proc/net/ipv6_route: "dst plen src plen nexthop metric refcnt use flags
 * iface", addresses as 32 hex digits in network order, read as net-tools
 * reads them: eight %4s groups joined by ':' for inet_pton */
static int rt_fib6(int cache)
{
	static const unsigned char fmt[] = "\4\4\4\4\4\4\4\4\202\4\4\4\4\4\4\4\4\202"
		"\4\4\4\4\4\4\4\4\210\210\210\210\17";
	static const char bits[] = " U)!!G\"H0D2A8C1a6e%m5n9f";
	static unsigned char addr[2][16];	/* kept when unreadable */
	char buf[1024], s[80], dst[300], nh[256], fl[16], num[64], *p;
	const char *str[] = { dst, nh, fl };
	unsigned char a[16];
	int i, k;

	if (rt_open("ipv6_route", "INET6 (IPv6) not configured in this system.\n"))
		return 1;
	outs(cache ? "Kernel IPv6 routing cache\n" : "Kernel IPv6 routing table\n");
	outs("Destination                    Next Hop                   Flag Met Ref  Use If\n");
	while (rt_line(buf, 1023)) {
		rt_scan(buf, fmt);	/* net-tools checks nothing */
		if (!(rcol[29].v >> 24 & 1) != !cache)
			continue;
		for (i = 0; i < 2; i++) {
			for (p = s, k = 0; k < 8; k++) {
				if (k)
					*p++ = ':';
				p = stpcpy(p, rcol[i * 18 + k].s);
			}
			if (inet_pton(AF_INET6, s, a) == 1)
				memcpy(addr[i], a, 16);
			rt_looked |= !(flags & N_HOST) && !is_zero(addr[i], 16);
		}
		p = stpcpy(dst, host_name(addr[0], 1, num));
		*p++ = '/';
		strcpy(p, rt_itoa(num + 15, rcol[8].v));
		strcpy(nh, host_name(addr[1], 1, num));
		rt_flags(fl, rcol[29].v, bits, 0);
		/* "%-30s %-26s %-4s %-3d %-1d %6d %s" */
		rt_row("@\"A&B<\32=\33?\34F>@", str, 0);
	}
	rd_close(&tab);
	return 0;
}

#if FEATURE_ROUTE_OLDAF
/* AX.25, NET/ROM, ROSE, IPX, AppleTalk, X.25: net-tools' words when the
 * kernel has no such table (no module loaded); we print none of the tables */
static int rt_other(int i, const char *name)
{
	/* i: ipx ax25 netrom x25 rose ddp; two files each, either will do
	 * (netrom: both are needed) */
	static const char file[][2][11] = {
		{ "ipx/route", "ipx_route" }, { "ax25_route" }, { "nr_nodes", "nr_neigh" },
		{ "x25/route", "x25_routes" }, { "rose_nodes" }, { "atalk_route" }
	};
	static const char who[][8] = { "", "AX.25", "NET/ROM", "X.25", "ROSE" };
	char path[40];
	int j, fd[2];

	for (j = 0; j < 2; j++) {
		strcat(strcpy(path, "net/"), file[i][j]);
		if ((fd[j] = *file[i][j] ? open_path(proc_root, path, O_RDONLY) : -1) >= 0)
			close(fd[j]);
	}
	if (i == 2 ? fd[0] >= 0 && fd[1] >= 0 : fd[0] >= 0 || fd[1] >= 0)
		return not_built(strcat(strcpy(path, "-r -A "), name));
	for (j = 0; j < 2; j++)
		if (fd[j] < 0 && (j ? i == 2 : i != 3)) {
			strcat(strcpy(path, i == 5 ? "Error opening /proc/net/" : "/proc/net/"), file[i][j]);
			report_error(i ? path : 0, 0, errno);
			/* glibc's perror() fails to fdopen(2, "w+") unless stderr
			 * is open for reading too, and leaves errno EINVAL */
			if ((syscall(SYS_fcntl, 2, F_GETFL) & O_ACCMODE) != O_RDWR)
				errno = EINVAL;
		}
	if (!i)
		outs("IPX routing not in file /proc/net/ipx/route or /proc/net/ipx_route found.\n");
	else if (i == 5)
		errs("DDP (AppleTalk) not configured on this system.\n", 0, 0);
	else if (i == 4)
		errs(who[i], " not configured in this system.\n", 0);
	else
		outs(who[i]), outs(" not configured in this system.\n");
	return 1;
}
#else
static int rt_other(int i, const char *name)
{
	char what[40];

	return not_built(strcat(strcpy(what, "-r -A "), name));
}
#endif

static int routes(void)
{
	char list[sizeof(afname)], *name, *next;
	int ext = flag_ext == 1 ? 2 : flag_ext == 2 ? 1 : flag_ext & 3;
	int fib = flags & F_FIB || !(flags & F_CACHE), rc = 0, i;

	if (flags & F_SYM)
		flags |= N_HOST;	/* -N: net-tools' FLAG_SYM, numeric here */
	strcpy(list, *afname ? afname : "inet");
	for (name = list; !rc && name; name = next) {
		if ((next = strchr(name, ',')))
			*next++ = 0;
		for (i = 0; strcmp(name, af_name[i]); i++)
			;
		if (i < FAM_UNX) {
			if (fib)
				rc = i ? rt_fib6(0) : rt_fib4(ext);
			if (!rc && flags & F_CACHE)
				rc = i ? rt_fib6(1) : rt_cache4(ext);
		} else if (i >= FAM_IPX && i <= FAM_DDP)
			rc = rt_other(i - FAM_IPX, name);
		else {
			if (i == FAM_BT)
				errs("Address family `", name, "' not supported.\n");
			else
				errs("No routing for address family `", name, "'.\n");
			rc = 3;
		}
	}
	return rc;
}
#else
static int routes(void)
{
	return not_built("-r");
}
#endif
/* END route */

/* BEGIN iface */
#if FEATURE_IFACE

#ifndef IF_MAX			/* -i: interfaces listed, 144 bytes each */
#define IF_MAX 4096
#endif
#ifndef FEATURE_IFACE_LONG	/* -i -e: ifconfig's long form */
#define FEATURE_IFACE_LONG 1
#endif
#ifndef IFCONF_MAX		/* -i: IPv4 addresses asked for alias names */
#define IFCONF_MAX 1024
#endif

/* /proc/net/dev names the interfaces and counts, in the order of its
 * newest layout: rx bytes packets errs drop fifo frame compressed
 * multicast, tx bytes packets errs drop fifo colls carrier compressed.
 * The rest comes from the running kernel through the read-only SIOCGIF*
 * ioctls net-tools makes, in its order and on one ifreq (a request sees
 * what the one before left there, as it does in net-tools). */
static struct ifent {
	char name[IFNAMSIZ], counted;
	uint64_t st[16];
} ifs[IF_MAX];
static uint16_t ifo[IF_MAX];	/* indexes into ifs, in net-tools' order */
static unsigned nif;

enum { Q_FLAGS, Q_HW, Q_MTU, Q_MAP, Q_QLEN, Q_ADDR, Q_DST, Q_BRD, Q_MASK, Q_N };

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int stem_len(const char *s, int n)	/* s[0..n) less its last digits */
{
	while (n && is_digit(s[n - 1]))
		n--;
	return n;
}

static int num_cmp(const char *a, const char *b)	/* atoi(), or -1 */
{
	uint64_t x = -1, y = -1;

	if (a)
		scan_num(a, 10, &x);
	if (b)
		scan_num(b, 10, &y);
	return ((int)x > (int)y) - ((int)x < (int)y);
}

static int lex_cmp(const char *a, int m, const char *b, int n)
{
	int r = memcmp(a, b, m < n ? m : n);

	return r ? r : m - n;
}

/* net-tools' nstrcmp: "eth0:12" has the stem "eth", the number 0 and the
 * alias 12; compare stems, numbers, names without alias, then aliases */
static int if_cmp(const char *a, const char *b)
{
	const char *s[2] = { a, b }, *al[2];
	int base[2], stem[2], i, n, r;

	for (i = 0; i < 2; i++) {
		n = strlen(s[i]);
		r = stem_len(s[i], n);
		al[i] = 0;
		if (r && r < n && s[i][r - 1] == ':')
			al[i] = s[i] + r, n = r - 1;
		base[i] = n;
		stem[i] = stem_len(s[i], n);
	}
	if ((r = lex_cmp(a, stem[0], b, stem[1])) || (r = num_cmp(a + stem[0], b + stem[1]))
	    || (r = lex_cmp(a, base[0], b, base[1])) || (r = num_cmp(al[0], al[1])))
		return r;
	return al[0] && al[1] ? strcmp(al[0], al[1]) : 0;
}

/* the entry for name, inserted as net-tools inserts: searching from the end */
static struct ifent *if_add(const char *name)
{
	unsigned i = nif;
	int c = 1;
	struct ifent *e;

	while (i && (c = if_cmp(ifs[ifo[i - 1]].name, name)) > 0)
		i--;
	if (!c)
		return &ifs[ifo[i - 1]];
	if (nif == IF_MAX)
		return 0;
	memmove(ifo + i + 1, ifo + i, (nif - i) * sizeof(*ifo));
	ifo[i] = nif;
	e = memset(&ifs[nif++], 0, sizeof(*e));
	strcpy(e->name, name);
	return e;
}

/* "  eth0: 12 ..." or an alias "eth0:1: 12 ...": at most 15 bytes */
static const char *get_name(char *name, const char *p)
{
	char *d = name, *end = name + IFNAMSIZ - 1;
	const char *c;

	while (is_blank(*p))
		p++;
	while (*p && !is_blank(*p) && d < end) {
		if (*p == ':') {
			for (c = p + 1; is_digit(*c); c++)
				;
			if (*c == ':')
				for (*d++ = *p++; is_digit(*p) && d < end;)
					*d++ = *p++;
			p += *p == ':';
			break;
		}
		*d++ = *p++;
	}
	*d = 0;
	return p;
}

static void read_dev(void)
{
	/* the counters of each layout, as slots of the newest one */
	static const char *const layout[] = { "bcdefjklmno", "abcdefijklmno", "abcdefghijklmnop" };
	char name[IFNAMSIZ], *l;
	const char *p, *m;
	struct ifent *e;
	uint64_t x;
	int v = 0, lnr = 0;

	if (rd_open(&tab, proc_root, "net/dev") < 0) {
		errs("Warning: cannot open /proc/net/dev (", error_text(errno), "). Limited output.\n");
		return;
	}
	errno = 0;
	while ((l = rd_line(&tab))) {
		if (lnr++ < 2) {	/* the layout, from the second line */
			v = contains(l, "compressed") ? 2 : contains(l, "bytes");
			continue;
		}
		p = get_name(name, l);
		if (!(e = if_add(name)))
			continue;
		/* a field that does not parse keeps what a line before left */
		for (m = layout[v]; *m && (p = scan_num(p, 10, &x)); m++)
			e->st[*m - 'a'] = x;
		e->st[7] *= v > 1;
		if (!v)
			e->st[0] = e->st[8] = 0;
		e->counted = 1;
	}
	if (errno)		/* a read error: net-tools' ferror() */
		report_error("/proc/net/dev", 0, errno);
	rd_close(&tab);
}

static void if_short(const struct ifent *e, const struct ifreq *q, unsigned ok)
{
	static const char slot[] = "\1\2\3\4\11\12\13\14", width[] = "\10\6\6\372\10\6\6\6";
	static const char letter[] = "A\12B\2D\3L\4M\15d\20P\11N\6O\10P\5s\14m\13R\7U\1";
	unsigned fl = (unsigned short)q[Q_FLAGS].ifr_flags;
	int i;

	outpad(e->name, 16);
	outnum(ok & 1 << Q_MTU ? q[Q_MTU].ifr_mtu : 0, 5);
	outc(' ');
	if (e->counted)
		for (i = 0; i < 8; i++) {
			outu(e->st[(int)slot[i]], (signed char)width[i]);
			outc(' ');
		}
	else
		outpad("     - no statistics available -", 56);
	if (!fl)
		outs("[NO FLAGS]");
	for (i = 0; letter[i]; i += 2)
		if (fl >> (letter[i + 1] - 1) & 1)
			outc(letter[i]);
	outc('\n');
}

#if FEATURE_IFACE_LONG
static void outhex(uint64_t v)
{
	char b[17], *p = b + 16;

	*p = 0;
	do
		*--p = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	outs(p);
}

static const char *nth(const char *list, int n)	/* of "a\0b\0c" */
{
	while (n--)
		list += strlen(list) + 1;
	return list;
}

/* "<UP,RUNNING>" for the bits of v named in t ("\<bit+1>NAME\0..."); with
 * no name "<" when v is 0, else nothing, as net-tools trims its list */
static void flag_list(unsigned v, const char *t)
{
	char b[160], *p = b;

	*p++ = '<';
	for (; *t; t += strlen(t) + 1)
		if (v >> (*t - 1) & 1)
			p = stpcpy(stpcpy(p, t + 1), ",");
	if (p[-1] == ',')
		p[-1] = '>';
	else if (v)
		p--;
	*p = 0;
	outs(b);
}

/* "540.7 MiB": tenths by net-tools' integer arithmetic */
static void human(uint64_t v)
{
	int i = 6;
	uint64_t s;

	while (i && v <= 1ULL << 10 * i)
		i--;
	s = i == 6 ? v / 115292150460684697ULL : v * 10 >> 10 * i;
	outu(s / 10, 0);
	outc('.');
	outc('0' + s % 10);
	outc(' ');
	outs("B\0\0\0KiB\0MiB\0GiB\0TiB\0PiB\0EiB" + 4 * i);
}

/* "addr idx plen scope flags name" lines; net-tools fscanf()s the file
 * as one stream, which only matters for malformed files */
static void if_inet6(const char *name)
{
	struct field f[5];
	unsigned char a[16];
	char num[64], *l, *p;
	unsigned sc;
	int i;

	if (rd_open(&tab, proc_root, "net/if_inet6") < 0)
		return;
	while ((l = rd_line(&tab))) {
		if (scan(l, "a x x x x", f) < 5 || f[0].n != 32)
			continue;
		for (l = (char *)f[4].s; is_blank(*l); l++)
			;
		for (p = l; *p && !is_blank(*p); p++)
			;
		*p = 0;
		if (strcmp(l, name))
			continue;
		for (i = 0; i < 16; i++)
			a[i] = hexval(f[0].s[2 * i]) << 4 | hexval(f[0].s[2 * i + 1]);
		outs("        inet6 ");
		outs(host_name(a, 1, num));
		outs("  prefixlen ");
		outnum(f[2].v, 0);
		outs("  scopeid 0x");
		outhex(f[3].v);
		sc = f[3].v & ~0x80u;	/* compat, then the rest as without it */
		flag_list((f[3].v & 0x80) | (sc ? 0 : 0x100) | (sc & 0x70) | 0x200,
			  "\10compat\0\11global\0\6link\0\7site\0\5host\0");
		outc('\n');
	}
	rd_close(&tab);
}

static void if_long(const struct ifent *e, const struct ifreq *q, unsigned ok)
{
	static const uint16_t hw_type[] = { 772, 1, 768, 512, 776 };
	static const unsigned char stat[] =
		"        RX packets \201  bytes \200 (\220)\n"
		"        RX errors \202  dropped \203  overruns \204  frame \205\n"
		"        TX packets \211  bytes \210 (\221)\n"
		"        TX errors \212  dropped \213 overruns \214  carrier \216  collisions \215\n";
	const struct ifmap *m = &q[Q_MAP].ifr_map;
	const unsigned char *s;
	const char *hw, *dig;
	short fl = q[Q_FLAGS].ifr_flags;
	unsigned char a[16] = { 0 };
	char b[16];
	int i, k;

	outs(e->name);
	outs(": flags=");
	outnum(fl, 0);
	flag_list((unsigned short)fl,
		  "\1UP\0\2BROADCAST\0\3DEBUG\0\4LOOPBACK\0\5POINTOPOINT\0\6NOTRAILERS\0"
		  "\7RUNNING\0\10NOARP\0\11PROMISC\0\12ALLMULTI\0\14SLAVE\0\13MASTER\0"
		  "\15MULTICAST\0\20DYNAMIC\0");
	outs("  mtu ");
	outnum(ok & 1 << Q_MTU ? q[Q_MTU].ifr_mtu : 0, 0);
	outc('\n');
	if (ok & 1 << Q_ADDR) {
		/* address, netmask, broadcast, destination */
		for (i = 0; i < 4; i++) {
			if ((i == 2 && !(fl & IFF_BROADCAST)) || (i == 3 && !(fl & IFF_POINTOPOINT)))
				continue;
			outs(nth("        inet \0  netmask \0  broadcast \0  destination ", i));
			k = "\5\10\7\6"[i];
			*fmt_ip4(b, (unsigned char *)&((struct sockaddr_in *)&q[k].ifr_addr)->sin_addr) = 0;
			outs(ok >> k & 1 ? b : "[NONE SET]");
		}
		outc('\n');
	}
	if_inet6(e->name);
	for (i = 0; i < 5 && hw_type[i] != (uint16_t)q[Q_HW].ifr_hwaddr.sa_family; i++)
		;
	hw = nth("loop\0Local Loopback\0ether\0Ethernet\0tunnel\0IPIP Tunnel\0"
		 "ppp\0Point-to-Point Protocol\0sit\0IPv6-in-IPv4\0unspec\0UNSPEC", 2 * i);
	outs("        ");
	outs(hw);
	if (i == 1 || i == 2 || i == 5)
		outc(' ');
	if (i == 1 || i == 5) {		/* 6 bytes "%02x:" or 16 "%02X-" */
		if (ok & 1 << Q_HW)
			memcpy(a, q[Q_HW].ifr_hwaddr.sa_data, 8);
		dig = i == 1 ? "0123456789abcdef:" : "0123456789ABCDEF-";
		for (k = 0; k < (i == 1 ? 6 : 16); k++) {
			if (k)
				outc(dig[16]);
			outc(dig[a[k] >> 4]);
			outc(dig[a[k] & 15]);
		}
	}
	if (ok & 1 << Q_QLEN && q[Q_QLEN].ifr_qlen != -1) {
		outs("  txqueuelen ");
		outnum(q[Q_QLEN].ifr_qlen, 0);
	}
	outs("  (");
	outs(nth(hw, 1));
	outs(")\n");
	if (fl & IFF_PORTSEL) {
		outs("        media ");
		outs(nth("unknown\0" "10base2\0" "10baseT\0" "AUI\0" "100baseT\0"
			 "100baseTX\0" "100baseFX\0" "(null)", m->port < 7 ? m->port : 7));
		if (fl & IFF_AUTOMEDIA)
			outs("autoselect");
		outc('\n');
	}
	if (e->counted)
		for (s = stat; *s; s++) {
			if (*s < 0x80)
				outc(*s);
			else if (*s < 0x90)
				outu(e->st[*s & 15], 0);
			else
				human(e->st[(*s & 1) * 8]);
		}
	if (ok & 1 << Q_MAP && (m->irq || m->mem_start || m->dma || m->base_addr >= 0x100)) {
		outs("        device ");
		if (m->irq) {
			outs("interrupt ");
			outnum(m->irq, 0);
			outs("  ");
		}
		if (m->base_addr >= 0x100) {
			outs("base 0x");
			outhex(m->base_addr);
			outs("  ");
		}
		if (m->mem_start) {
			outs("memory 0x");
			outhex(m->mem_start);
			outc('-');
			outhex(m->mem_end);
			outs("  ");
		}
		if (m->dma) {
			outs("  dma 0x");
			outhex(m->dma);
		}
		outc('\n');
	}
	outc('\n');
}
#endif

static int interfaces(void)
{
	static const int req[Q_N] = {
		SIOCGIFFLAGS, SIOCGIFHWADDR, SIOCGIFMTU, SIOCGIFMAP, SIOCGIFTXQLEN,
		SIOCGIFADDR, SIOCGIFDSTADDR, SIOCGIFBRDADDR, SIOCGIFNETMASK
	};
	static int sk = -1;
	static struct ifreq conf[IFCONF_MAX];
	struct ifconf c = { .ifc_len = sizeof(conf), .ifc_req = conf };
	struct ifreq r, q[Q_N];
	struct ifent *e;
	unsigned i, k, ok;

#if !FEATURE_IFACE_LONG
	if (flag_ext > 1)
		return not_built("-i -e");
#endif
	if (sk < 0) {
		if ((sk = socket(AF_INET, SOCK_DGRAM, 0)) < 0) {
			errs("No usable address families found.\nsocket: ", error_text(errno), "\n");
			return 1;
		}
		outs("Kernel Interface table\n");
	}
	flags |= N_HOST;	/* net-tools prints interface addresses as numbers */
	if (flag_ext < 2)
		outs("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n");
	nif = 0;
	read_dev();
	/* SIOCGIFCONF adds the names of IPv4 aliases ("eth0:1") */
	if (ioctl(sk, SIOCGIFCONF, &c) >= 0)
		for (i = 0; i < c.ifc_len / sizeof(*conf); i++)
			if_add(conf[i].ifr_name);
	for (i = 0; i < nif; i++) {
		e = &ifs[ifo[i]];
		memset(&r, 0, sizeof(r));
		strcpy(r.ifr_name, e->name);
		for (ok = k = 0; k < Q_N; k++) {
			if (k == Q_ADDR)
				r.ifr_addr.sa_family = AF_INET;
			ok |= !ioctl(sk, req[k], &r) << k;
			q[k] = r;
			if (!ok) {
				k = errno;
				errs(e->name, ": error fetching interface information: ",
				     k == ENODEV ? "Device not found" : error_text(k));
				errs("\nmissing interface information: ", error_text(k), "\n");
				return 1;
			}
		}
		if (q[Q_FLAGS].ifr_flags & IFF_UP || flags & F_ALL)
#if FEATURE_IFACE_LONG
			(flag_ext < 2 ? if_short : if_long)(e, q, ok);
#else
			if_short(e, q, ok);
#endif
	}
	return 0;
}
#else
static int interfaces(void)
{
	return not_built("-i");
}
#endif
/* END iface */

/* BEGIN stats */
#if FEATURE_STATS
/* -s: the counters of /proc/net/snmp, netstat and sctp/snmp (inet, the
 * default) or of snmp6 and the Tcp part of snmp (inet6), in net-tools
 * 2.10's words.  A file is a list of sections.  A section net-tools knows
 * is printed only when its protocol was asked for (-t: Tcp, TcpExt; -u:
 * Udp; -w: Ip, Icmp; --sctp: Sctp; none of these: all), any other section
 * always.  A known counter prints its sentence, any other one "Name: value"
 * unless it is 0.  net-tools' "state", the kind of the last known counter,
 * lives on across sections and files: it sets the indent of unknown
 * counters and decides when an ICMP histogram heading is due.
 *
 * The sentences: applet/stats-table.py builds st_lz[] from a readable list
 * (and says more); st_unpack() makes st_text[] of it: for each group (Ip,
 * Icmp, Tcp, Udp, Sctp, TcpExt) entries "<type>Key sentence", type = kind
 * << 2 | 1 (in IPv4 files) | 2 (in snmp6, after the section's name); a
 * type byte with neither bit ends a group.  '%' is where the number goes. */
#define ST_TEXT_MAX 7168		/* the unpacked sentences: st_packed() checks */
static const unsigned char *st_packed(void);

enum { K_NUM, K_OPT, K_IN, K_OUT, K_SKIP };

static char st_text[ST_TEXT_MAX];
/* the six groups of the table as IPv4 sections, then four as IPv6 ones,
 * each after the flag that prints it (P_TCP << digit) */
static const char st_titles[] =
	"3Ip\0" "3Icmp\0" "0Tcp\0" "1Udp\0" "4Sctp\0" "0TcpExt\0"
	"3Ip6\0" "3Icmp6\0" "0Tcp6\0" "1Udp6";
static unsigned char st_kind;	/* net-tools' state: K_NUM .. K_OUT */
static signed char st_group;	/* the section's group, -1: unknown */
static char st_on;		/* the section is printed */
static const char *st_prefix;	/* IPv6 sections: "Ip6"... before each key */

static void st_unpack(void)
{
	const unsigned char *p = st_packed();
	char *d = st_text;
	int n, off;

	while (*p) {
		if (*p < 0x80) {
			*d++ = *p++;
			continue;
		}
		n = (*p >> 4 & 7) + 3;
		off = ((*p & 15) << 8 | p[1]) + 1;
		p += 2;
		if (n == 10)
			n += *p++;
		for (; n--; d++)
			*d = d[-off];
	}
}

/* indent, pre, the sentence s (up to a type byte or NUL) with the number
 * where its '%' is, and a newline */
static void st_line(int kind, const char *pre, const char *s, uint64_t v)
{
	char b[24];

	spaces(kind >= K_IN ? 8 : 4);
	outs(pre);
	for (; *s >= ' '; s++)
		if (*s == '%')
			outs(utoa(b + 23, v));
		else
			outc(*s);
	outc('\n');
}

/* a section starts (net-tools' newtable) */
static void st_section(const char *title, int v6)
{
	const char *n = st_titles;
	int g;

	st_group = -1;
	st_on = 1;
	for (g = 0; g < 10; g++, n += strlen(n) + 1)
		if ((g > 5) == v6 && !strcmp(title, n + 1)) {
			st_group = g - 6 * v6;
			st_on = !!(flags & P_TCP << (*n - '0'));
			st_kind = K_NUM;
		}
	st_prefix = v6 ? title : "";
	if (st_on)
		outs(title), outs(":\n");
}

/* the table entry (its type byte) of a counter of this section, or 0 */
static const char *st_find(const char *name)
{
	const char *e = st_text;
	size_t pl = strlen(st_prefix), kl;
	int g = 0, t;

	if (st_group < 0 || strncmp(name, st_prefix, pl))
		return 0;
	name += pl;
	kl = strlen(name);
	while ((t = *e++)) {
		if (!(t & 3))
			g++;
		else if (g == st_group && t & (pl ? 2 : 1)
			 && !strncmp(e, name, kl) && e[kl] <= ' ')
			return e - 1;
		while (*e >= ' ')
			e++;
	}
	return 0;
}

/* one counter of a printed section (net-tools' printval) */
static void st_value(const char *name, uint64_t v)
{
	const char *e = st_find(name), *s;
	int kind;

	if (!e) {
		if (v)
			st_line(st_kind, name, ": %", v);
		return;
	}
	kind = *e >> 2;
	if (kind == K_SKIP)
		return;
	if (kind >= K_IN && kind != st_kind)
		st_line(st_kind, "ICMP ", kind == K_IN ? "input histogram:" : "output histogram:", 0);
	for (s = e + 1; *s > ' '; s++)	/* past the key */
		;
	if (v || kind == K_NUM)
		st_line(kind, "", s + 1, v);
	st_kind = kind;
}

/* s past the bytes that are (in = 1) or are not (in = 0) in set */
static char *st_span(char *s, const char *set, int in)
{
	while (*s && !strchr(set, *s) == !in)
		s++;
	return s;
}

static const char st_sep[] = " \t\n", st_space[] = " \t\n\v\f\r";

/* "Sect: Name Name .." over "Sect: 1 2 ..", all sections or those whose
 * name starts with "Tcp" (net-tools' process_fd); 1: a line has no ':' */
static int st_pairs(int tcp_only)
{
	char hdr[LINE], *h, *v, *end;
	const char *s;
	uint64_t x;
	int last;

	while ((h = rd_line(&tab))) {
		if (*h == '\n')
			continue;
		strcpy(hdr, h);
		if (!(v = rd_line(&tab)))
			break;
		if (!(h = strchr(hdr, ':')) || !(v = strchr(v, ':')))
			return 1;
		*h++ = 0;
		v++;
		if (tcp_only && strncmp(hdr, "Tcp", 3))
			continue;
		st_section(hdr, 0);
		for (last = 0; !last; h = end + 1) {
			h = st_span(h, st_sep, 1);
			v = st_span(v, st_sep, 1);
			end = st_span(h, st_sep, 0);
			last = !*end;
			*end = 0;
			if (*h && st_on) {
				if ((s = scan_num(v, 10, &x)))	/* strtoull */
					v = (char *)s;
				st_value(h, x);
			}
		}
	}
	return 0;
}

/* snmp6, "Name value" lines read with sscanf("%s %llu") (net-tools'
 * process6_fd): a section, named by a name up to its first '6' ("Ip6"),
 * lasts while the names contain that; a line without a name repeats the
 * last counter, one without a number repeats the last number */
static void st_snmp6(char *l)
{
	static char name[64], title[64];
	static uint64_t val;
	char *e;
	uint64_t x;
	size_t n;

	l = st_span(l, st_space, 1);
	if (*l) {
		e = st_span(l, st_space, 0);
		n = e - l < 63 ? e - l : 63;
		memcpy(name, l, n);
		name[n] = 0;
		if (scan_num(e, 10, &x))
			val = x;
	}
	if (!*title || !contains(name, title)) {
		for (n = 0; name[n] && (!n || name[n - 1] != '6'); n++)
			title[n] = name[n];
		title[n] = 0;
		st_section(title, 1);
	}
	if (st_on)
		st_value(name, val);
}

/* sctp/snmp, "Name value" lines (net-tools' process_fd2) */
static void st_sctp(char *l)
{
	char *e = st_span(l, st_sep, 0);
	uint64_t x;

	if (!*e)
		return;		/* net-tools reads on past the NUL here */
	*e++ = 0;
	e = st_span(e, st_sep, 1);
	if (*e && st_on) {
		scan_num(e, 10, &x);	/* strtoul: 0 when there is no number */
		st_value(l, x);
	}
}

static void st_error(const char *what, const char *rel, int e)
{
	char path[40] = "/proc/";

	report_error(what, strcat(path, rel), e);
}

/* Reads /proc/<rel> as ST_PAIRS, ST_TCP (the same, Tcp sections only) or
 * line by line as net-tools' fgets(1024) hands the lines out, reporting
 * what net-tools reports; ST_QUIET: a missing file is no error.  -1: the
 * file cannot be opened. */
enum { ST_PAIRS, ST_TCP, ST_SNMP6, ST_SCTP, ST_QUIET };

static int st_read(const char *rel, int how)
{
	char *l;

	if (rd_open(&tab, proc_root, rel) < 0) {
		if (!(how & ST_QUIET))
			st_error("cannot open ", rel, errno);
		return -1;
	}
	how &= 3;
	errno = 0;
	if (how == ST_SCTP)
		st_section("Sctp", 0);
	if (how < ST_SNMP6) {
		if (st_pairs(how) && how == ST_PAIRS)
			errs("Problem while parsing /proc/", rel, "\n");
	} else
		for (tab.max = 1023; (l = rd_line(&tab));)
			(how == ST_SCTP ? st_sctp : st_snmp6)(l);
	if (errno)	/* a read error, as net-tools' ferror() check says */
		st_error("", rel, errno);
	rd_close(&tab);
	return 0;
}

/* net-tools 2.10 runs this once even with -c, and exits 0 unless the
 * address family is neither inet nor inet6 */
static int statistics(void)
{
	const char *a = *afname ? afname : "inet";
	int v6 = !strcmp(a, "inet6");

	if (!v6 && strcmp(a, "inet")) {
		outs("netstat: No statistics support for specified address family: ");
		outs(a);
		outc('\n');
		flush();
		return 1;
	}
	st_unpack();
	if (v6) {
		if (!st_read("net/snmp6", ST_SNMP6))
			st_read("net/snmp", ST_TCP);
	} else if (!st_read("net/snmp", ST_PAIRS)) {
		st_read("net/netstat", ST_PAIRS | ST_QUIET);
		st_read("net/sctp/snmp", ST_SCTP | ST_QUIET);
	}
	flush();
	return 0;
}
#else
static int statistics(void)
{
	return not_built("-s");
}
#endif
/* END stats */

/* BEGIN groups */
#if FEATURE_GROUPS
/* As in net-tools, the first line ever read decides: without "Device" in
 * it, it and every later line are igmp6 rows, even those of the igmp file
 * when -c reads it again.  The interface name is kept from row to row. */
static char igmp6, igmp_idx, igmp_dev[16];

static void igmp_line(const struct table *t, char *line, int lnr)
{
	struct field f[2];
	unsigned char a[16] = { 0 };
	char num[64], *p = line;
	int n;

	if (!lnr) {
		if (contains(line, "Device")) {
			igmp_idx = !strncmp(line, "Idx", 3);
			return;
		}
		igmp6 = 1;
	}
	if (igmp6 || *p != '\t') {
		/* "%d %15s %64[0-9A-Fa-f] %d" or a device, "%d\t%15c" ("%15c"
		 * before Linux 2.1), whose %c leaves no NUL: an old tail stays */
		if (igmp6 || igmp_idx) {
			if (!(p = (char *)scan_num(p, 10, &f[1].v)))
				goto bogus;
			while (is_blank(*p))
				p++;
		}
		for (n = 0; n < 15 && p[n] && !(igmp6 && is_blank(p[n])); n++)
			igmp_dev[n] = p[n];
		if (!n)
			goto bogus;
		if (!igmp6) {
			if ((p = strrchr(igmp_dev, ':')))
				*p = 0;
			return;
		}
		igmp_dev[n] = 0;
		if (scan(p + n, " a d", f) < 2)
			goto bogus;
		for (n = 0; n < 32 && n < (int)f[0].n; n++)
			a[n / 2] = a[n / 2] << 4 | hexval(f[0].s[n]);
	} else {		/* a group: "\t%8[0-9A-Fa-f] %d", in host order */
		while (is_blank(*p))
			p++;
		for (f[0].s = p; hexval(*p) >= 0 && p - f[0].s < 8; p++)
			;
		if (!(f[0].n = p - f[0].s) || !scan(p, " d", f + 1))
			goto bogus;
		parse_addr(a, f, 0);
	}
	outpad(igmp_dev, 15);
	outc(' ');
	outnum((int)f[1].v, -6);
	outc(' ');
	outs(host_name(a, igmp6, num));
	outc('\n');
	return;
bogus:
	errs("warning, got bogus igmp", igmp6 ? "6" : "", " line ");
	errs(utoa(num + 23, lnr), ".\n", 0);
}

static int groups(void)
{
	int rc = 0;

	outs("IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n"
	     "--------------- ------ ---------------------\n");
	if (af[FAM_I4] && read_table("igmp", 0, igmp_line) < 0
	    && (rc = missing("igmp", "AF INET (igmp)")) < 0)
		return rc;
	if (af[FAM_I6])
		read_table("igmp6", 0, igmp_line);
	return rc;
}
#else
static int groups(void)
{
	return not_built("-g");
}
#endif
/* END groups */

/* BEGIN masq */
#ifndef FEATURE_MASQ		/* -M: net-tools' words for a kernel without it */
#define FEATURE_MASQ 1
#endif
#if FEATURE_MASQ
/* /proc/net/ip_masquerade went with Linux 2.2, which cannot run this
 * program: its absence is reported as net-tools reports it; a table
 * that is there (a fixture) is not read */
static int masquerade(void)
{
	int fd = open_path(proc_root, "net/ip_masquerade", O_RDONLY);

	if (fd >= 0)
		return close(fd), 0;
	if (errno != ENOENT) {
		report_error("/proc/net/ip_masquerade", 0, errno);
		return -1;
	}
	no_support("ip_masquerade");
	return 1;
}
#else
static int masquerade(void)
{
	return not_built("-M");
}
#endif
/* END masq */

/* ---- main ---- */

static const char *prog = "netstat";
static unsigned char modes[4];	/* -r -i -M -s: at most one of them */
static char l2cap, rfcomm;

static _Noreturn void usage(int rc)
{
	flush();
	if (write(rc ? 2 : 1, usage_text, sizeof(usage_text) - 1) < 0)
		rc = rc ? rc : 1;
	exit(rc);
}

static void bad_option(const char *what, const char *name, const char *tail)
{
	errs(prog, what, name);
	errs(tail, 0, 0);
	usage(3);
}

/* net-tools' -A list: "inet,unix"; any unknown name ends the program */
static void add_families(const char *list)
{
	char buf[256], *s = buf, *e;
	int i;

	size_t n = strnlen(list, sizeof(buf) - 1);

	memcpy(buf, list, n);
	buf[n] = 0;
	for (; s; s = e) {
		if ((e = strchr(s, ',')))
			*e++ = 0;
		for (i = 0; af_alias[i] && strcmp(s, af_alias[i]); i++)
			;
		if (!af_alias[i]) {
			errs("Unknown address family `", s, "'.\n");
			exit(1);
		}
		if (strlen(af_name[af_of_alias[i]]) + strlen(afname) + 1 >= sizeof(afname)) {
			errs("Too much address family arguments.\n", 0, 0);
			return;
		}
		af[af_of_alias[i]]++;
		if (*afname)
			strcat(afname, ",");
		strcat(afname, af_name[af_of_alias[i]]);
	}
}

static void option(int c, const char *arg)
{
	static const char simple[] = "alpWvtuUwSgocCFN";
	static const unsigned bits[] = {
		F_ALL, F_LST, F_PRG, F_WIDE, F_VERB, P_TCP, P_UDP, P_UDPL, P_RAW,
		P_SCTP, M_GROUPS, F_TIMERS, F_CONT, F_CACHE, F_FIB, F_SYM
	};
	const char *s = strchr(simple, c);

	if (s && c) {
		flags |= bits[s - simple];
		return;
	}
	switch (c) {
	case 'A':
		add_families(arg);
		break;
	case 'e':
		flag_ext++;
		break;
	case 'n':
		flags |= N_HOST | N_PORT | N_USER;
		break;
	case '!':
		flags |= N_HOST;
		break;
	case '@':
		flags |= N_PORT;
		break;
	case '#':
		flags |= N_USER;
		break;
	case '4':
		add_families("inet");
		break;
	case '6':
		add_families("inet6");
		break;
	case 'x':
		add_families("unix");
		break;
	case 'r':
		modes[0]++;
		break;
	case 'i':
		modes[1]++;
		break;
	case 'M':
		modes[2]++;
		break;
	case 's':
		modes[3]++;
		break;
	case '2':
		l2cap = 1;
		break;
	case 'f':
		rfcomm = 1;
		break;
	case 'V':
		flush();
		if (write(1, version_text, sizeof(version_text) - 1) < 0)
			exit(1);
		exit(0);
	case 'Z':
		errs("SELinux is not enabled on this machine.\n", 0, 0);
		exit(1);
	case 'h':
		usage(0);
	case '?':
		usage(3);
	}			/* -d changes nothing here */
}

/* glibc getopt_long's rules: an exact name, else a unique prefix; names
 * that would do the same thing do not make a prefix ambiguous */
static int long_option(char **argv, int i)
{
	char *name = argv[i] + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const char *o, *hit = 0;
	int ambiguous = 0;

	for (o = long_opts; *o; o += strlen(o) + 1) {
		if (strncmp(o + 1, name, len))
			continue;
		if (!o[len + 1]) {
			hit = o, ambiguous = 0;
			break;
		}
		if (!hit)
			hit = o;
		else if (*o != *hit)
			ambiguous = 1;
	}
	if (ambiguous) {
		errs(prog, ": option '--", name);
		errs("' is ambiguous; possibilities:", 0, 0);
		for (o = long_opts; *o; o += strlen(o) + 1)
			if (!strncmp(o + 1, name, len) && (o == hit || *o != *hit))
				errs(" '--", o + 1, "'");
		errs("\n", 0, 0);
		usage(3);
	}
	if (!hit)
		bad_option(": unrecognized option '--", name, "'\n");
	if (*hit == 'A') {
		if (!eq && !argv[i + 1])
			bad_option(": option '--", hit + 1, "' requires an argument\n");
		option('A', eq ? eq + 1 : argv[++i]);
	} else if (eq)
		bad_option(": option '--", hit + 1, "' doesn't allow an argument\n");
	else if (*hit == 1)
		add_families(hit + 1);
	else
		option(*hit, 0);
	return i;
}

static void parse_args(int argc, char **argv)
{
	int i, posix = getenv("POSIXLY_CORRECT") != 0;
	char *a, c[2] = "";

	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (a[0] != '-' || !a[1]) {	/* operands are ignored */
			if (posix)
				return;
			continue;
		}
		if (a[1] == '-') {
			if (!a[2])
				return;
			i = long_option(argv, i);
			continue;
		}
		while (*++a) {
			const char *o = *a == ':' ? 0 : strchr(short_opts, *a);
			*c = *a;
			if (!o)
				bad_option(": invalid option -- '", c, "'\n");
			if (o[1] != ':') {
				option(*a, 0);
				continue;
			}
			if (!a[1] && !(a = argv[++i]))
				bad_option(": option requires an argument -- '", c, "'\n");
			option(*c, a + (a != argv[i]));
			break;
		}
	}
}

static int list_sockets(void)
{
	unsigned g;
	int rc;

	if (!explicit || flags & P_INET) {
		load_programs();
		put_header("Active Internet connections ",
			   "\nProto Recv-Q Send-Q Local Address           Foreign Address         State      ");
		if (flag_ext > 1)
			outs(" User       Inode     ");
		if (flags & F_PRG)
			outs(" PID/Program name    ");
		if (flags & F_TIMERS)
			outs(" Timer");
		outc('\n');
	}
	for (g = 0; g < 4; g++) {
		if ((!explicit || flags & P_TCP << g) && (rc = inet_family(g)))
			return rc;
		if (!g && (!explicit || flags & P_SCTP) && (rc = sctp()))
			return rc;
	}
	if (flags & M_GROUPS && (rc = groups()))
		return rc;
	if (!explicit || af[FAM_UNX]) {
		load_programs();
		if ((rc = unix_sockets()))
			return rc;
	}
	for (g = 0; g < sizeof(others) / sizeof(*others); g++)
		if ((!explicit || af[others[g].af]) && (rc = other_family(&others[g])))
			return rc;
	if ((!explicit || l2cap || rfcomm) && explicit) {
		errs("netstat: feature `AF BLUETOOTH' not supported.\n"
		     "Please recompile `net-tools' with newer kernel source or full configuration.\n", 0, 0);
		return 1;
	}
	return 0;
}

int netstat_main(int argc, char **argv)
{
	const char *root = getenv("PROC_ROOT");
	int rc;

	if (argv[0])
		prog = argv[0];
	flag_ext = 1;
	parse_args(argc, argv);
	if (root && *root && strlen(root) < sizeof(proc_root))
		strcpy(proc_root, root);
	if (modes[0] + modes[1] + modes[2] + modes[3] > 1)
		usage(3);
	if ((af[FAM_I4] || af[FAM_I6] || modes[3]) && !(flags & P_INET))
		flags |= P_INET, noprot = 1;
	if ((flags & (P_INET | M_GROUPS)) && !af[FAM_I4] && !af[FAM_I6])
		af[FAM_I4] = af[FAM_I6] = 1;
	if (af[FAM_BT] && !l2cap && !rfcomm)
		l2cap = rfcomm = 1;
	explicit = (flags & (P_INET | M_GROUPS)) || af[FAM_UNX] || af[FAM_IPX]
		|| af[FAM_AX25] || af[FAM_NETROM] || af[FAM_X25] || af[FAM_ROSE]
		|| l2cap || rfcomm;
	if (modes[2])
		return masquerade();
	if (modes[3])
		return statistics();
	for (;;) {
		rc = modes[0] ? routes() : modes[1] ? interfaces() : list_sockets();
		if (!(flags & F_CONT) || rc)
			break;
		flush();
		sleep(1);
		programs_loaded = 0;
	}
	flush();
	return rc;
}

#if FEATURE_STATS
/* generated by applet/stats-table.py from its SPEC: 2584 bytes, 7017 unpacked;
 * make check compares this block with what the script prints */
static const unsigned char *st_packed(void)
{
	static const unsigned char lz[] =
		"\021DefaultTTL\001ForwDatagrams % f\200\017arded\007FragCreate\240"
		"\027\200\015ments c\220\023\300\037Fail\2205outgoing packe\200$f"
		"\200\030ed\3405ation\240QOK\360/\012\340^\2003ok\007InAddrError"
		"\220\223with invalid a\200\031esses\003InDelive\220#\200\036com"
		"\360\201\002d\260\033ed\220'isc\200\324\360'\014\200\033\240\360"
		"\200uH\360t\016header\220rReceiv\241\022total\340\361r\240\030\240"
		"FUnknownProto\340\277u\260\024 p\220\025col\007Out\300\227\361A"
		"\013dropped\220&NoRou\241\206\320\025 because of miss\221zr\220#"
		"\003\200URequest\221\315r\320\012s\201\272\221\245\007Reasm\301"
		"\266\301\255 \201\344\201Pmblie\321\271\260'\241\254\341\323\340&"
		"\241\244\260I\200k\221V\360B\003\240uir\320DTime\202\037\362C\002"
		"\340\306after t\260!\006InMcastPkt\361\321\003m\202\252i\220\030"
		"\322]\200(\301\022\361\371\012\262.no\261\020\200TTooBig\362M\003"
		"\322\247\201\303o big\220%runc\222\330\200~\342tt\320\024\322\330"
		"\002\201\265\3632\017\006\201\322\320\301\343\025\360\301\013\004"
		"\011\262\342MaskReps\322\325 m\200\020\202Jp\221\212: %\360&\001"
		"\360#\004\321\331\200#\013\203\007\201\356Un\203\253ch\202\370\201"
		"\373in\243q u\260\024a\201\263\260MEcho\240pe\200\010\320h\220D"
		"\260\032\260\027\3226\220\201\203e\223\207\303cp\201\307ICMP m\203"
		"\202age\243\347\243bMsg\204>\360\034\003s\343\023\200\355Parm\203"
		"\020b\201\236ro\244(\204pe\201\375\240}\223Wdi\203B\223H\300\011"
		"\300\377SrcQuen\220\331source q\240\016\321\037\222^Excds\322F\204"
		")\201\267ansit\340!\203\016amp\241it\320\015\241fy\360\"\004\360"
		"\037\004\341b\015\203\253\361\256\027\300'\361\257\017\341R\017"
		"\203\371\361\261\032\300x\361\262\012\320F\361\263\014\001\204Z"
		"\245<\361\221\005\343\335\224%\361\260\011\264&\220\354\361\255"
		"\017\320\345\361\256\007\321&\361\256\016\301E\361\255\004 excee"
		"\206l\301c\361\251\015\361a\005\361\254\015\342\262\012\302\346"
		"\243E\362\351\003\300\035G\205*pM\204\360\202Xr\224\363g\220\020 m"
		"\205\002er\222^r\360*\010\202\237uc\226\305\360-\005r\320\027\3600"
		"\010sp\200-e\360/\006\260\026\320\212NeighborAd\206\307tise\267cn"
		"\240\026\202\356 a\360\030\002\3603\004Solici\360-\003s\240\022"
		"\261\005\343s\205\260\207\332\343p p\260\022\261)\205l\265\037s"
		"\365\023\006\261I\246y\360\236\005\266j\360\233\007\340.\300\231"
		"\320(\360\226\006\343\261\3473\244Sv6\362\023\007\016\207#\361\312"
		"\016\300\036\361\313\031\340+\361\314 \320]\361\315\035\340\215"
		"\361\316\024\361\315\005\320\302\361\317\016\321\316\340(\361\317"
		"\024\301/\361\320\023\016\363\272\012\340\210\361\274\021\340\204"
		"\343\301\270S\361\271\016\004\001Act\211\233Open\232Va\240\015 con"
		"nec\246\232o\200\031\2121s\001Attempt\312J\3129\360)\002a\260 s"
		"\001CurrE\205\311b %\260I\303\220\225\335\210\274shed\001\220\037"
		"\223{\212\204\360%\003\223x\371\246\002\001\226\327\252]bad\211"
		"\036\232\334\360\036\004Se\226\321\360\032\010\021MaxC\200\307\001"
		"\231j\251f\240[\311d\225{\3609\005\351|\001P\211g\301\024\251~\211"
		"v\361\025\016Re\246\303\360\204\007\260\026mitt\200\211RtoAlgor"
		"\213\037m\220\014\200\231\240\006in\004\213\035\373\326\001\372"
		"\245\007\347\326\352\005\312\300\205\223\253v\003NoPort\252%\351+ "
		"\352\304or\3200\266M\360k\006\341\016Rcvbuf\333\312\340d\200\023fe"
		"r\300k\001Snd\320$\261rnd\360!\004\004\001SctpAb\200\221e\253\306N"
		"u\225\253\232\376\340\024\240\"\262u\242$\234\315A\262vAssocia\245"
		"\276\240IChecksum\254b\360O\004P\274\301\374t\004\320/\240\206\362"
		"\206\002\222\222\215\025\360a\010\235=Usr\311\026\340\256\3318\374"
		"\361\002\240\333InCtrlCh\214&\360\337\003\2232trol c\220\032\334f"
		"\3404Or\214\227\3605\011ord\234\373\3605\015SCTP\200\347\360i\005"
		"\220\025\315\300\360g\005\234\322o\360i\015Un\360k\022\214\344\360"
		"\327\032\274\240\3201OfBlue\361\346\004\215-\234\354\220\030\336d"
		"\320`\361\003\025\360a\012\361\000\027\360\220\004\360\375!\340"
		"\307\303\353\342\212\223\373\362\213\013\255\221\362*\021\375x\003"
		"\262\345Shutd\216a\363\011\004Graceful Term\314\001s\004\005\217$a"
		"yedACKLo\217\234d\236E\260\022 \242\002further\260\024\376Z\004l"
		"\2400\213w\237\324\360H\003\215\214Quick\220B mode was\265\345\255"
		".%\273g\360|\001s\360w\003\301\361\005Embryonic\265I\365\245\006"
		"\215[\204$\320# SYN_RECV\300\221s\005ListenD\217*\217\333\220\036"
		"\244\245LISTEN\300\266\357I\300,O\211hflows\320\243 \200\375 l\240"
		"H\234Zu\257Ta\260\364\2173\300.\200\?\221>D\277\225Icmp\314\356"
		"\3432\377\233\006\3016\221\030\301H\005OfoP\216f\221\203\377\347"
		"\006\217\034om\237\241-of-\243\275\260\214\377\351\001\301\207\305"
		";\240\231\216\263\005\2430Win\202\020\360\226\032\220\356y w\204"
		"\035\320mw\240;\005PAWS\267\264\367\257\012\237\376j\215\237\362 "
		"\003\273\304\255[\240>\267\234\346m\3402\217\313\367\244\002\367"
		"\274\002\360M\006s\340L\307,\307'\360\215%\241fCall\361k\003p\217"
		"\343\301j\336\233\361e\036\206\307\221\272\360N\034\005S\203iMal"
		"\203\?OOM Ran\323\020\230\006\241\312ys\210\365\234rory dur\211"
		"\012\313\200\246\376\211\031\005Syncook\217\240F\271\023%\326\217"
		"\223\010 \300\033\357d\360/\001Recv %\360%\026S\215\354\360%\003"
		"\303\223TCP\247i\240u\343\312\216\231\236\224\214\035\267\237RST"
		"\200\267\240\017no\300\310\340:OnClose\371\247\004\271\202\3204ear"
		"ly us\215qc\220+\005\340;\250\270\360:\022\203Axp\262\213d\210\343"
		"\360u\001L\212Qer\372\036\005a\2306\224\355f\216\300\360q\001\222"
		"\225l\2400\257\364\214\350\360\277\001M\241\231\360I\014\300\367"
		"\321\275p\237\345ur\360\301\002\201\272\360\300\033\241\311\3615"
		"\001T\260\207\360v\023\360\254\002D\257\204CopyF\204>B\215\300log"
		"\232\323yt\217\354\277\242ly\210\306\235\364c\217\345\250Next\264n"
		"b\2600\221\361F\206\037Re\264xDet\263\351r\240\020\242\233\342\005"
		"s\222\251\220-\2405ast\272\251\253\272\200\015\352\241\216\230\240"
		"Worward\360$\001\260\020\360'\007ullU\204\303\273\332\211 \254$"
		"\264\232\211,\200\035y\236.ov\230\326\251\234\223Is\205\310\224"
		"\177r\242\265HPA\270\323p\234\331ct\246\341\232\260\214P\273\337"
		"\001\240%H\2374\352\367heade\214\011\3404\005\340$ToU\202\237\360*"
		"\012\340_nd\341f\266=d\217\?\242\326\223G\207(\243\274ur\230\316"
		"\322fs\242y\200\032\205:\207-\320(\360\376\017\360\370\023\262\326"
		"\217\336\217\237al\227\322\260x\201\230\334+\314\243\341\227\220{"
		"\243\346\262\344P\222\277\240\241\203\371 r\204\254\221Uon\304\235"
		"\307\313\241\315P\240e\361\250\020\300\206\361\254\003\3022Hoe\201"
		"j\204\350\201\331c\224c\200v\3010\354\236\361J\011\235\260vms\205"
		"\034\300.\240\206\203m\261\352\361\340\006\204\213t\2532ai\236]"
		"\244\037\217*yload\315\373\261\340\214\227Collaps\367\215\003c\260"
		"\023\246\262\366\"\004\304\354\221\033\367\210\004\240Meno\361\347"
		"\011\304rr\200\035\363\034\006\3205R\242\323\341e\341\353\310\021"
		"\317\303\242-\265n\360I\017\363\275\037\360\217\017S\364\003#S\304"
		"\003Sc\217wuler\366/\002\346\227\215\344s\260 \243\031\201\?\212"
		"\037\231\326\304\235\304\230\224U\240\202\211\231S\203\317\304U"
		"\362\270\003\2437\363\362\005TS\364\264\037\370\254\002TW %\222"
		"\355\352#fin\250\232\232\266\232\313it\215\373\244\320\232\310\223"
		"\314W\207Tyc\270O\340$\352cr\300\034\205y\371\024\001";

	_Static_assert(7017 < sizeof(st_text), "st_text holds the unpacked table");
	return lz;
}
#endif

#ifndef NETSTAT_NO_MAIN
int main(int argc, char **argv)
{
	return netstat_main(argc, argv);
}
#endif
