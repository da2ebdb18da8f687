/* tests/system/init.c: PID 1 of the system-test guests (tests/system/run.sh).
 *
 * Built static (musl) for the guest's architecture and put at /init of an
 * initramfs that also holds our netstat at /bin/netstat and, in a full
 * guest, Debian's net-tools netstat at /nt/netstat with its glibc, an /etc
 * and kernel modules under /modules.  It
 *
 *   1. mounts /proc, /sys, /dev (devtmpfs), /tmp (tmpfs), brings lo up;
 *   2. (full guest) loads the modules /modules/list names in its "diag"
 *      group (inet_diag, tcp_diag, udp_diag, raw_diag) with finit_module;
 *   3. makes a fixed socket population (fixed addresses and ports
 *      everywhere, every socket held by this process, nothing that a timer
 *      changes: see population());
 *   4. full guest: the "no /etc" pass: an empty tmpfs over /etc, each flag
 *      set of NOETC run by net-tools and ours (NETSTAT_SOURCE unset and
 *      =proc) and compared byte for byte; net-tools' stdout is also dumped
 *      to the console for the host (it is what the minimal guest must
 *      print); then /etc back, the "sctp" modules loaded, the SCTP
 *      population made, and each flag set of FULL run by both and compared:
 *      stdout, stderr and exit status byte for byte, or for the flag sets
 *      marked '%' (counters: -s, -i) as tests/live-stats.sh does: net-tools,
 *      ours, net-tools again; the text the same, each of our numbers
 *      between net-tools' two at that place; up to 5 tries.  The whole list
 *      runs twice, with NETSTAT_SOURCE unset and with NETSTAT_SOURCE=proc.
 *   5. minimal guest (no /nt/netstat: the initramfs has only /init and
 *      /bin/netstat): the same population without SCTP, each flag set of
 *      NOETC run by ours (both sources): exit status 0 and an empty stderr
 *      are checked here, stdout is dumped for the host, which compares it
 *      with net-tools' stdout of the full guest's "no /etc" pass.
 *
 * Console protocol (every line starts "@@ ", whatever the kernel prints in
 * between): "@@ PASS name", "@@ FAIL name" and up to 30 diff lines
 * "@@   ...", "@@ note ...", dumps "@@> LABEL" "@@| line"... "@@< LABEL",
 * and last "@@ system-GUEST: N passed, M failed" (GUEST from guest= on the
 * kernel command line).  Then sync and power off.
 *
 * SPDX-License-Identifier: 0BSD
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE 136
#endif
#ifndef IPPROTO_SCTP
#define IPPROTO_SCTP 132
#endif
#define SOL_SCTP 132
#define SCTP_PEER_ADDR_PARAMS 9
#define SPP_HB_DISABLE 2
#define SCTP_SOCKOPT_BINDX_ADD 100
#define SOL_RAW_ 255
#define ICMP_FILTER_ 1
#define ICMP6_FILTER_ 1

/* the flag sets.  '%': counters, compared as tests/live-stats.sh does;
 * "sctp" ones are named "sctp ..." in the report */
static const char *const FULL[] = {
	"-t", "-tn", "-u", "-un", "-U", "-Un", "-w", "-wn", "-x", "-xn",
	"-a", "-an", "-tan", "-tuan", "-tulpn", "-tulp", "-anp", "-ae",
	"-anee", "-tanW", "-l", "-ln", "-lx", "-4an", "-6an", "-ano",
	"-tuwn", "-tlnp", "-xp", "-ue",
	"-r", "-rn", "-rn6", "-rne", "-rnee", "-r6",
	"%-i", "%-ie", "%-ia", "%-ian",
	"-g", "-gn",
	"%-s", "%-st", "%-su", "%-sw", "%-sU", "%-s6", "%-st6", "%-sx",
	"sctp -S", "sctp -Sn", "sctp -Sa", "sctp -San", "sctp -Sl",
	"sctp -Sln", "sctp -Slnp", "sctp -Sanpe", "sctp -SanW", "sctp -San4",
	"sctp -San6", "sctp %-sS",
	0
};
/* no PIDs, inodes (but for unix rows) or counters (but -i's): the same in
 * any boot of the same kernel, as the host compares them (see run.sh) */
static const char *const NOETC[] = {
	"-tn", "-un", "-wn", "-xn", "-an", "-tuln", "-ln", "-4an", "-6an",
	"-r", "-rn", "-rn6", "%-i", "-g", "-gn", "-t", "-a", "-tul",
	0
};

static const char *guest = "?";
static int npass, nfail, full, dumpall;

/* ---- console ------------------------------------------------------------ */

static void say(const char *fmt, ...)
{
	char b[1200];
	va_list ap;
	int n;

	memcpy(b, "@@ ", 3);
	va_start(ap, fmt);
	n = vsnprintf(b + 3, sizeof(b) - 5, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	n += 3;
	if (n > (int)sizeof(b) - 2)
		n = sizeof(b) - 2;
	b[n++] = '\n';
	if (write(1, b, n) < 0)
		return;
}

/* a line of captured output, made printable: "@@<tag>text", "$" after a
 * line that ends in a blank when mark is set */
static void say_line(const char *tag, const char *s, size_t n, int mark)
{
	char b[1200];
	size_t i, k = 0;

	k = snprintf(b, sizeof(b), "@@%s", tag);
	for (i = 0; i < n && k < sizeof(b) - 8; i++) {
		unsigned char c = s[i];
		if (c >= 0x20 && c < 0x7f && c != '\\')
			b[k++] = c;
		else if (c == '\\') {
			b[k++] = '\\';
			b[k++] = '\\';
		} else
			k += snprintf(b + k, 5, "\\x%02x", c);
	}
	if (i < n)
		k += snprintf(b + k, 4, "...");
	if (mark && n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		b[k++] = '$';
	b[k++] = '\n';
	if (write(1, b, k) < 0)
		return;
}

static void pass(const char *name)
{
	npass++;
	say("PASS %s", name);
}

static void fail(const char *name, const char *why)
{
	nfail++;
	say("FAIL %s%s%s", name, why ? ": " : "", why ? why : "");
}

static void setup_fail(const char *what)
{
	char w[300];
	snprintf(w, sizeof(w), "%s: %s", what, strerror(errno));
	fail("setup", w);
}

/* ---- running a netstat --------------------------------------------------- */

struct buf {
	char *p;
	size_t n;
};

struct res {
	struct buf out, err;
	int status;	/* exit status, 128 + signal, 999: timeout, 998: no fork */
};

static void slurp(const char *path, struct buf *b)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t cap = 0;
	ssize_t r;

	b->n = 0;
	if (fd < 0)
		return;
	for (;;) {
		if (b->n + 4096 > cap) {
			cap = cap ? cap * 2 : 65536;
			b->p = realloc(b->p, cap);
			if (!b->p)
				_exit(1);
		}
		r = read(fd, b->p + b->n, cap - b->n);
		if (r <= 0)
			break;
		b->n += r;
	}
	close(fd);
}

static void split_args(const char *flags, char *store, char **argv, int max)
{
	int n = 0;
	char *s;

	strcpy(store, flags);
	argv[n++] = "netstat";
	for (s = strtok(store, " "); s && n < max - 1; s = strtok(0, " "))
		argv[n++] = s;
	argv[n] = 0;
}

static void run(const char *bin, const char *flags, int proc, struct res *r)
{
	char store[200], *argv[16];
	char *envp[] = { "PATH=/bin", "LC_ALL=C", proc ? "NETSTAT_SOURCE=proc" : 0, 0 };
	sigset_t chld;
	struct timespec left = { 300, 0 };	/* TCG is slow; this is a hang */
	pid_t pid;
	int st = 0;

	split_args(flags, store, argv, 16);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	pid = fork();
	if (pid == 0) {
		int o = open("/tmp/run.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open("/tmp/run.err", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int z = open("/dev/null", O_RDONLY);
		if (o < 0 || e < 0 || z < 0)
			_exit(126);
		dup2(z, 0);
		dup2(o, 1);
		dup2(e, 2);
		sigprocmask(SIG_UNBLOCK, &chld, 0);
		chdir("/");
		execve(bin, argv, envp);
		_exit(127);
	}
	if (pid < 0) {
		r->status = 998;
		r->out.n = r->err.n = 0;
		return;
	}
	for (;;) {
		pid_t w = waitpid(pid, &st, WNOHANG);
		if (w == pid)
			break;
		if (sigtimedwait(&chld, 0, &left) < 0 && errno == EAGAIN) {
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
			st = -1;
			break;
		}
	}
	r->status = st == -1 ? 999 : WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	slurp("/tmp/run.out", &r->out);
	slurp("/tmp/run.err", &r->err);
}

/* ---- comparing ------------------------------------------------------------ */

static int same(const struct buf *a, const struct buf *b)
{
	return a->n == b->n && (!a->n || !memcmp(a->p, b->p, a->n));
}

struct lines {
	const char **s;
	size_t *n;
	size_t count;
	int nonl;	/* the last line has no newline */
};

static void lines_of(const struct buf *b, struct lines *l)
{
	size_t i, start = 0, k = 0, cap = 16;

	l->s = malloc(cap * sizeof(*l->s));
	l->n = malloc(cap * sizeof(*l->n));
	l->nonl = 0;
	for (i = 0; i <= b->n; i++) {
		if (i < b->n && b->p[i] != '\n')
			continue;
		if (i == b->n && start == b->n)
			break;
		if (k == cap) {
			cap *= 2;
			l->s = realloc(l->s, cap * sizeof(*l->s));
			l->n = realloc(l->n, cap * sizeof(*l->n));
		}
		l->s[k] = b->p + start;
		l->n[k++] = i - start;
		if (i == b->n)
			l->nonl = 1;
		start = i + 1;
	}
	l->count = k;
}

static int line_eq(const struct lines *a, size_t i, const struct lines *b, size_t j)
{
	return a->n[i] == b->n[j] && !memcmp(a->s[i], b->s[j], a->n[i]);
}

/* a short diff of a (net-tools) and b (ours): common head and tail cut,
 * the middle by a longest common subsequence; only changed lines shown */
static void diff(const char *what, const struct buf *ba, const struct buf *bb, int *budget)
{
	struct lines a, b;
	size_t lo = 0, ha, hb, n, m, i, j;
	unsigned short *t = 0;
	char tag[40];

	lines_of(ba, &a);
	lines_of(bb, &b);
	say("  --- net-tools %s", what);
	say("  +++ ours %s", what);
	while (lo < a.count && lo < b.count && line_eq(&a, lo, &b, lo))
		lo++;
	ha = a.count;
	hb = b.count;
	while (ha > lo && hb > lo && line_eq(&a, ha - 1, &b, hb - 1))
		ha--, hb--;
	n = ha - lo;
	m = hb - lo;
	if (n && m && n < 2000 && m < 2000)
		t = calloc((n + 1) * (m + 1), sizeof(*t));
	if (t) {
		/* t[i][j]: LCS length of a[lo+i..ha) and b[lo+j..hb) */
		for (i = n; i-- > 0;)
			for (j = m; j-- > 0;)
				t[i * (m + 1) + j] = line_eq(&a, lo + i, &b, lo + j)
					? t[(i + 1) * (m + 1) + j + 1] + 1
					: t[(i + 1) * (m + 1) + j] > t[i * (m + 1) + j + 1]
						? t[(i + 1) * (m + 1) + j] : t[i * (m + 1) + j + 1];
	}
	i = j = 0;
	while ((i < n || j < m) && *budget > 0) {
		if (i < n && j < m && line_eq(&a, lo + i, &b, lo + j)) {
			i++, j++;
			continue;
		}
		if (i < n && (j == m || !t || t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1])) {
			snprintf(tag, sizeof(tag), "   -%zu:", lo + i + 1);
			say_line(tag, a.s[lo + i], a.n[lo + i], 1);
			i++;
		} else {
			snprintf(tag, sizeof(tag), "   +%zu:", lo + j + 1);
			say_line(tag, b.s[lo + j], b.n[lo + j], 1);
			j++;
		}
		--*budget;
	}
	if (a.nonl != b.nonl && *budget > 0) {
		say("   \\ %s: no newline at the end", a.nonl ? "net-tools" : "ours");
		--*budget;
	}
	if ((i < n || j < m) && !*budget)
		say("   ...");
	free(t);
	free(a.s), free(a.n), free(b.s), free(b.n);
}

static void report(const char *name, const struct res *ref, const struct res *ours)
{
	int budget = 30;

	fail(name, 0);
	if (ref->status != ours->status)
		say("  exit status: net-tools %d, ours %d", ref->status, ours->status);
	if (!same(&ref->err, &ours->err))
		diff("stderr", &ref->err, &ours->err, &budget);
	if (!same(&ref->out, &ours->out))
		diff("stdout", &ref->out, &ours->out, &budget);
}

static int isdig(int c)
{
	return c >= '0' && c <= '9';
}

/* digit strings: a <= b (no leading zeros in counters) */
static int num_le(const char *a, size_t na, const char *b, size_t nb)
{
	return na != nb ? na < nb : memcmp(a, b, na) <= 0;
}

/* b's text is a's and c's, each of b's numbers between a's and c's */
static int between(const struct buf *a, const struct buf *b, const struct buf *c)
{
	size_t i = 0, j = 0, k = 0;

	for (;;) {
		int ea = i == a->n, eb = j == b->n, ec = k == c->n;
		if (ea || eb || ec)
			return ea && eb && ec;
		if (isdig(a->p[i]) || isdig(b->p[j]) || isdig(c->p[k])) {
			size_t x = i, y = j, z = k;
			const char *lo, *hi;
			size_t nlo, nhi;
			while (i < a->n && isdig(a->p[i]))
				i++;
			while (j < b->n && isdig(b->p[j]))
				j++;
			while (k < c->n && isdig(c->p[k]))
				k++;
			if (i == x || j == y || k == z)
				return 0;
			lo = a->p + x, nlo = i - x, hi = c->p + z, nhi = k - z;
			if (!num_le(lo, nlo, hi, nhi)) {
				const char *t = lo;
				size_t nt = nlo;
				lo = hi, nlo = nhi, hi = t, nhi = nt;
			}
			if (!num_le(lo, nlo, b->p + y, j - y) || !num_le(b->p + y, j - y, hi, nhi))
				return 0;
			continue;
		}
		if (a->p[i] != b->p[j] || a->p[i] != c->p[k])
			return 0;
		i++, j++, k++;
	}
}

static void freeres(struct res *r)
{
	free(r->out.p);
	free(r->err.p);
	memset(r, 0, sizeof(*r));
}

static void dump(const char *label, const struct res *r)
{
	struct lines l;
	size_t i;

	lines_of(&r->out, &l);
	say("> %s", label);
	for (i = 0; i < l.count; i++)
		say_line(" | ", l.s[i], l.n[i], 0);
	say("< %s status=%d stderr=%zu%s", label, r->status, r->err.n, l.nonl ? " nonl" : "");
	free(l.s), free(l.n);
}

/* one flag set: net-tools against ours */
static void check(const char *entry, int proc, const char *pre, int dumpref)
{
	const char *flags = entry;
	char name[200], label[200];
	int sctp = 0, counters = 0, try;
	struct res ref = { 0 }, ours = { 0 }, ref2 = { 0 };

	if (!strncmp(flags, "sctp ", 5))
		sctp = 1, flags += 5;
	if (*flags == '%')
		counters = 1, flags++;
	snprintf(name, sizeof(name), "%s%s%s%s", pre, sctp ? "sctp " : "",
		proc ? "[proc] " : "", flags);
	for (try = 0; try < (counters ? 5 : 1); try++) {
		freeres(&ref), freeres(&ours), freeres(&ref2);
		run("/nt/netstat", flags, proc, &ref);
		run("/bin/netstat", flags, proc, &ours);
		if (!counters)
			break;
		run("/nt/netstat", flags, proc, &ref2);
		if (ref.status == ours.status && ref.status == ref2.status &&
		    same(&ref.err, &ours.err) && same(&ref.err, &ref2.err) &&
		    between(&ref.out, &ours.out, &ref2.out))
			break;
	}
	if (dumpref || dumpall) {
		snprintf(label, sizeof(label), "%s%s%s", dumpref ? pre : "all ",
			proc && !dumpref ? "[proc] " : "", flags);
		dump(label, &ref);
	}
	if (counters ? try < 5 : ref.status == ours.status && same(&ref.out, &ours.out) &&
	    same(&ref.err, &ours.err))
		pass(name);
	else
		report(name, &ref, &ours);
	freeres(&ref), freeres(&ours), freeres(&ref2);
}

/* minimal guest: ours alone */
static void check_alone(const char *flags, int proc)
{
	char name[200], label[200];
	struct res r = { 0 };

	if (*flags == '%')
		flags++;
	snprintf(name, sizeof(name), "minimal %s%s", proc ? "[proc] " : "", flags);
	snprintf(label, sizeof(label), "minimal%s %s", proc ? "-proc" : "", flags);
	run("/bin/netstat", flags, proc, &r);
	dump(label, &r);
	if (r.status == 0 && r.err.n == 0)
		pass(name);
	else {
		struct lines l;
		size_t i;
		fail(name, 0);
		say("  exit status %d (want 0), stderr:", r.status);
		lines_of(&r.err, &l);
		for (i = 0; i < l.count && i < 30; i++)
			say_line("   ", l.s[i], l.n[i], 1);
		free(l.s), free(l.n);
	}
	freeres(&r);
}

/* ---- setup ------------------------------------------------------------------ */

static void load_modules(const char *group)
{
	FILE *f = fopen("/modules/list", "re");
	char line[300], g[40], mod[80], file[200], name[200];

	if (!f) {
		setup_fail("/modules/list");
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		int fd;
		if (sscanf(line, "%39s %79s %199s", g, mod, file) != 3 || strcmp(g, group))
			continue;
		snprintf(name, sizeof(name), "module %s", mod);
		fd = open(file, O_RDONLY | O_CLOEXEC);
		if (fd < 0 || (syscall(SYS_finit_module, fd, "", 0) && errno != EEXIST)) {
			char why[300];
			snprintf(why, sizeof(why), "%s: %s", file, strerror(errno));
			fail(name, why);
		} else
			pass(name);
		if (fd >= 0)
			close(fd);
	}
	fclose(f);
}

static void lo_up(void)
{
	struct ifreq ifr;
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) < 0) {
		setup_fail("SIOCGIFFLAGS lo");
		return;
	}
	ifr.ifr_flags |= IFF_UP;
	if (ioctl(s, SIOCSIFFLAGS, &ifr) < 0)
		setup_fail("SIOCSIFFLAGS lo");
	close(s);
}

static socklen_t addr(struct sockaddr_storage *ss, const char *ip, int port)
{
	memset(ss, 0, sizeof(*ss));
	if (strchr(ip, ':')) {
		struct sockaddr_in6 *s = (void *)ss;
		s->sin6_family = AF_INET6;
		s->sin6_port = htons(port);
		inet_pton(AF_INET6, ip, &s->sin6_addr);
		return sizeof(*s);
	} else {
		struct sockaddr_in *s = (void *)ss;
		s->sin_family = AF_INET;
		s->sin_port = htons(port);
		inet_pton(AF_INET, ip, &s->sin_addr);
		return sizeof(*s);
	}
}

/* a socket of ip's family bound to ip:port (v6only: 1, 0, or -1 untouched) */
static int bound(int type, int proto, const char *ip, int port, int v6only)
{
	struct sockaddr_storage ss;
	socklen_t n = addr(&ss, ip, port);
	int one = 1, s = socket(ss.ss_family, type | SOCK_CLOEXEC, proto);
	char what[100];

	snprintf(what, sizeof(what), "socket %d/%d %s:%d", type, proto, ip, port);
	if (s < 0) {
		setup_fail(what);
		return -1;
	}
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (v6only >= 0 && ss.ss_family == AF_INET6 &&
	    setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only)) < 0)
		setup_fail(what);
	if (bind(s, (void *)&ss, n) < 0) {
		setup_fail(what);
		close(s);
		return -1;
	}
	return s;
}

static int listener(int type, int proto, const char *ip, int port, int v6only)
{
	int s = bound(type, proto, ip, port, v6only);
	char what[100];

	snprintf(what, sizeof(what), "listen %s:%d", ip, port);
	if (s >= 0 && listen(s, 8) < 0)
		setup_fail(what);
	return s;
}

static int connect_to(int s, const char *ip, int port)
{
	struct sockaddr_storage ss;
	socklen_t n = addr(&ss, ip, port);
	char what[100];

	snprintf(what, sizeof(what), "connect %s:%d", ip, port);
	if (s >= 0 && connect(s, (void *)&ss, n) < 0) {
		setup_fail(what);
		return -1;
	}
	return s;
}

static int accepted(int l)
{
	int s = l < 0 ? -1 : accept4(l, 0, 0, SOCK_CLOEXEC);
	if (l >= 0 && s < 0)
		setup_fail("accept");
	return s;
}

static void nap(long ms)
{
	struct timespec t = { ms / 1000, ms % 1000 * 1000000 };
	while (nanosleep(&t, &t) < 0 && errno == EINTR)
		;
}

/* a TCP connection from cip:cport to sip:sport, accepted from l */
static void tcp_pair(int l, const char *cip, int cport, const char *sip, int sport, int *c, int *a)
{
	*c = connect_to(bound(SOCK_STREAM, 0, cip, cport, -1), sip, sport);
	*a = *c >= 0 ? accepted(l) : -1;
}

/* a unix socket bound to path (listening: and listening), or with
 * listening < 0 connected to it; abstract: the name starts with a NUL */
static int unix_sock(int type, const char *path, int abstract, int listening)
{
	struct sockaddr_un sun;
	int s = socket(AF_UNIX, type | SOCK_CLOEXEC, 0);
	socklen_t n;

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	strcpy(sun.sun_path + abstract, path);
	n = offsetof(struct sockaddr_un, sun_path) + abstract + strlen(path) + !abstract;
	if (s < 0 || (listening < 0 ? connect(s, (void *)&sun, n) < 0
		      : bind(s, (void *)&sun, n) < 0 || (listening && listen(s, 8) < 0))) {
		setup_fail(path);
		return -1;
	}
	return s;
}

static int unix_connect(int type, const char *path, int abstract)
{
	return unix_sock(type, path, abstract, -1);
}

/* Everything stays open until power-off; nothing is orphaned, nothing is
 * in TIME_WAIT, raw sockets drop every packet (so Recv-Q stays 0 whatever
 * ICMP the name lookups cause); every port fixed, so that two boots of
 * the same kernel list the same rows (in the order of the kernel's
 * hashes, which is random per boot). */
static void population(void)
{
	int c, a, s, l1, l2, l3, l4, l5, l6, u1;
	unsigned int all = ~0u;
	uint32_t block6[8];
	struct ip_mreqn mr;
	struct ipv6_mreq m6;

	/* TCP listeners: 127.0.0.1, 0.0.0.0, ::1, :: v6only, :: dual-stack */
	l1 = listener(SOCK_STREAM, 0, "127.0.0.1", 5432, -1);
	l2 = listener(SOCK_STREAM, 0, "0.0.0.0", 22, -1);
	l3 = listener(SOCK_STREAM, 0, "::1", 631, 1);
	l4 = listener(SOCK_STREAM, 0, "::", 80, 1);
	l5 = listener(SOCK_STREAM, 0, "::", 8080, 0);
	l6 = listener(SOCK_STREAM, 0, "127.0.0.1", 7001, -1);
	/* established: v4, v6, from 127.0.0.2, v4 into the dual-stack
	 * listener (v4-mapped), v6 into the v6only one */
	tcp_pair(l1, "127.0.0.1", 40001, "127.0.0.1", 5432, &c, &a);
	if (c >= 0 && write(c, "0123456789abcdef", 16) != 16)	/* Recv-Q 16 */
		setup_fail("write");
	tcp_pair(l3, "::1", 40002, "::1", 631, &c, &a);
	tcp_pair(l2, "127.0.0.2", 40003, "127.0.0.1", 22, &c, &a);
	tcp_pair(l5, "127.0.0.1", 40004, "127.0.0.1", 8080, &c, &a);
	tcp_pair(l4, "::1", 40005, "::1", 80, &c, &a);
	/* FIN_WAIT2 (not orphaned: no timer) and CLOSE_WAIT */
	tcp_pair(l6, "127.0.0.1", 40006, "127.0.0.1", 7001, &c, &a);
	if (a >= 0 && shutdown(a, SHUT_WR) < 0)
		setup_fail("shutdown");

	/* UDP: bound and connected, v4 and v6; one datagram waiting */
	u1 = bound(SOCK_DGRAM, 0, "127.0.0.1", 123, -1);
	bound(SOCK_DGRAM, 0, "0.0.0.0", 5353, -1);
	bound(SOCK_DGRAM, 0, "::", 514, 1);
	bound(SOCK_DGRAM, 0, "::1", 7100, -1);
	s = connect_to(bound(SOCK_DGRAM, 0, "127.0.0.1", 40011, -1), "127.0.0.1", 123);
	if (s >= 0 && u1 >= 0 && send(s, "ping", 4, 0) != 4)
		setup_fail("send");
	connect_to(bound(SOCK_DGRAM, 0, "::1", 40012, -1), "::1", 7100);
	bound(SOCK_DGRAM, 0, "::", 7102, 0);	/* dual-stack */
	/* UDP-Lite */
	bound(SOCK_DGRAM, IPPROTO_UDPLITE, "0.0.0.0", 7300, -1);
	bound(SOCK_DGRAM, IPPROTO_UDPLITE, "::", 7301, 1);

	/* multicast: an IPv4 group on lo (for -g), and an IPv6 one */
	s = bound(SOCK_DGRAM, 0, "0.0.0.0", 7400, -1);
	memset(&mr, 0, sizeof(mr));
	inet_pton(AF_INET, "239.1.2.3", &mr.imr_multiaddr);
	inet_pton(AF_INET, "127.0.0.1", &mr.imr_address);
	mr.imr_ifindex = 1;
	if (s >= 0 && setsockopt(s, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof(mr)) < 0)
		setup_fail("IP_ADD_MEMBERSHIP 239.1.2.3 lo");
	s = bound(SOCK_DGRAM, 0, "::", 7401, 1);
	memset(&m6, 0, sizeof(m6));
	inet_pton(AF_INET6, "ff15::1234", &m6.ipv6mr_multiaddr);
	m6.ipv6mr_interface = 1;
	if (s >= 0 && setsockopt(s, IPPROTO_IPV6, IPV6_JOIN_GROUP, &m6, sizeof(m6)) < 0)
		setup_fail("IPV6_JOIN_GROUP ff15::1234 lo");

	/* raw: ICMP, ICMPv6 (both filtering every type), and protocol 253 */
	s = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_ICMP);
	if (s < 0 || setsockopt(s, SOL_RAW_, ICMP_FILTER_, &all, sizeof(all)) < 0)
		setup_fail("raw icmp");
	s = socket(AF_INET6, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_ICMPV6);
	memset(block6, 0xff, sizeof(block6));
	if (s < 0 || setsockopt(s, IPPROTO_ICMPV6, ICMP6_FILTER_, block6, sizeof(block6)) < 0)
		setup_fail("raw6 icmpv6");
	bound(SOCK_RAW, 253, "127.0.0.1", 0, -1);

	/* unix: stream, dgram, seqpacket listeners with a connected peer each,
	 * an abstract listener with a connection not yet accepted, a pair */
	s = unix_sock(SOCK_STREAM, "/tmp/sys.stream", 0, 1);
	if (unix_connect(SOCK_STREAM, "/tmp/sys.stream", 0) >= 0)
		accepted(s);
	unix_sock(SOCK_DGRAM, "/tmp/sys.dgram", 0, 0);
	unix_connect(SOCK_DGRAM, "/tmp/sys.dgram", 0);
	s = unix_sock(SOCK_SEQPACKET, "/tmp/sys.seqpacket", 0, 1);
	if (unix_connect(SOCK_SEQPACKET, "/tmp/sys.seqpacket", 0) >= 0)
		accepted(s);
	unix_sock(SOCK_STREAM, "tiny-netstat.abstract", 1, 1);
	unix_connect(SOCK_STREAM, "tiny-netstat.abstract", 1);
	{
		int sv[2];
		if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
			setup_fail("socketpair");
	}
}

/* struct sctp_paddrparams of <linux/sctp.h>, packed as there */
struct paddrparams {
	int32_t assoc_id;
	struct sockaddr_storage address;
	uint32_t hbinterval;
	uint16_t pathmaxrxt;
	uint32_t pathmtu;
	uint32_t sackdelay;
	uint32_t flags;
	uint32_t ipv6_flowlabel;
	uint8_t dscp;
} __attribute__((packed, aligned(4)));

static void no_heartbeat(int s)
{
	struct paddrparams p;

	memset(&p, 0, sizeof(p));
	p.flags = SPP_HB_DISABLE;
	if (s >= 0 && setsockopt(s, SOL_SCTP, SCTP_PEER_ADDR_PARAMS, &p, sizeof(p)) < 0)
		setup_fail("sctp SCTP_PEER_ADDR_PARAMS");
}

static void sctp_population(void)
{
	struct sockaddr_in two;
	int l, c;

	listener(SOCK_STREAM, IPPROTO_SCTP, "0.0.0.0", 7201, -1);
	listener(SOCK_STREAM, IPPROTO_SCTP, "::", 7202, -1);
	listener(SOCK_SEQPACKET, IPPROTO_SCTP, "0.0.0.0", 7203, -1);
	/* an association 127.0.0.1:40021 <-> 127.0.0.1:7204, no heartbeats */
	l = listener(SOCK_STREAM, IPPROTO_SCTP, "127.0.0.1", 7204, -1);
	no_heartbeat(l);
	c = bound(SOCK_STREAM, IPPROTO_SCTP, "127.0.0.1", 40021, -1);
	no_heartbeat(c);
	if (connect_to(c, "127.0.0.1", 7204) >= 0)
		accepted(l);
	/* multi-homed: 127.0.0.1 and 127.0.0.2, port 7205 */
	l = bound(SOCK_SEQPACKET, IPPROTO_SCTP, "127.0.0.1", 7205, -1);
	addr((void *)&two, "127.0.0.2", 7205);
	if (l >= 0 && setsockopt(l, SOL_SCTP, SCTP_SOCKOPT_BINDX_ADD, &two, sizeof(two)) < 0)
		setup_fail("sctp bindx 127.0.0.2:7205");
	if (l >= 0 && listen(l, 8) < 0)
		setup_fail("sctp listen 7205");
}

static void guest_name(void)
{
	static char cmd[1024];
	int fd = open("/proc/cmdline", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, cmd, sizeof(cmd) - 1);
	char *p;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return;
	cmd[n] = 0;
	for (p = strtok(cmd, " \n"); p; p = strtok(0, " \n"))
		if (!strncmp(p, "guest=", 6))
			guest = p + 6;
		else if (!strcmp(p, "dump=all"))
			dumpall = 1;
}

static long now(void)	/* seconds since boot */
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec;
}

static void finish(long t[4])
{
	say("note guest seconds: boot %ld, setup %ld, no-/etc pass %ld, the rest %ld",
		t[0], t[1] - t[0], t[2] - t[1], now() - t[2]);
	say("system-%s: %d passed, %d failed", guest, npass, nfail);
	sync();
	reboot(RB_POWER_OFF);
	for (;;)
		pause();
}

int main(void)
{
	int i, proc;
	long t[4];
	sigset_t chld;

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, 0);
	mkdir("/proc", 0755);
	mkdir("/sys", 0755);
	mkdir("/dev", 0755);
	mkdir("/tmp", 01777);
	mount("proc", "/proc", "proc", 0, 0);
	mount("sysfs", "/sys", "sysfs", 0, 0);
	mount("devtmpfs", "/dev", "devtmpfs", 0, 0);
	mount("tmpfs", "/tmp", "tmpfs", 0, "mode=1777");
	if (fcntl(1, F_GETFD) < 0) {	/* no /dev/console in the initramfs */
		int fd = open("/dev/console", O_RDWR);
		if (fd >= 0) {
			dup2(fd, 0), dup2(fd, 1), dup2(fd, 2);
			if (fd > 2)
				close(fd);
		}
	}
	t[0] = now();
	guest_name();
	full = access("/nt/netstat", X_OK) == 0;
	say("start guest=%s mode=%s", guest, full ? "full" : "minimal");
	lo_up();
	if (full)
		load_modules("diag");
	population();
	nap(300);
	t[1] = t[2] = now();
	if (full) {
		/* the "no /etc" pass: net-tools and ours with nothing in /etc */
		if (mount("tmpfs", "/etc", "tmpfs", 0, "mode=755") < 0)
			setup_fail("tmpfs over /etc");
		for (proc = 0; proc < 2; proc++)
			for (i = 0; NOETC[i]; i++)
				check(NOETC[i], proc, "noetc ", !proc);
		if (umount("/etc") < 0)
			setup_fail("umount /etc");
		t[2] = now();
		load_modules("sctp");
		sctp_population();
		nap(300);
		for (proc = 0; proc < 2; proc++)
			for (i = 0; FULL[i]; i++)
				check(FULL[i], proc, "", 0);
	} else {
		for (proc = 0; proc < 2; proc++)
			for (i = 0; NOETC[i]; i++)
				check_alone(NOETC[i], proc);
	}
	finish(t);
	return 0;
}
