/* sockpop: build a varied, stable socket population in the current network
 * namespace for differential netstat tests.
 *
 * Interface (also used by the QEMU smoke tests, keep it exactly):
 *   sockpop            no arguments
 *   stdout             "ready\n" (flushed) once every socket exists
 *   stdin              at EOF (or on SIGTERM) it kills its children, removes
 *                      its temp dir and exits 0
 *   stderr             "sockpop: warning: ..." for parts of the population
 *                      this system cannot create (no IPv6, no UDP-Lite, not
 *                      root, ...); the rest is still created
 *
 * Only loopback addresses are used.  Everything is built so that nothing
 * changes while it runs: no orphaned sockets, no TIME_WAIT, SYN_SENT with
 * TCP_SYNCNT at its maximum, raw sockets behind a drop-all filter.
 *
 * Processes (the program name rule of -p is exercised by their argv[0]):
 *   main      argv[0] as invoked by the caller
 *   daemon    "/usr/local/sbin/sockpop-daemon"              (full path)
 *   odd       "./rel/../sockpop-odd"                         (relative)
 *   long      "sockpop-title: a long process title/with slash and spaces"
 *   nobody    "sockpop-nobody" running as uid/gid 65534, owning sockets
 *             made both before (as root) and after dropping privileges
 * The children are the same binary re-executed with "--role NAME".
 *
 * SPDX-License-Identifier: 0BSD
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/filter.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE 136
#endif
#ifndef SIOCINQ
#define SIOCINQ FIONREAD
#endif
#ifndef SIOCOUTQ
#define SIOCOUTQ TIOCOUTQ
#endif

#define READY_FD 3 /* child -> parent: one byte when its sockets exist */
#define LIFE_FD 4  /* parent holds the write end; EOF means: exit */

static const char *me = "sockpop";
static char tmpdir[64];
static int ntmp; /* files created in tmpdir, removed at exit */
static char tmpfiles[8][128];
static volatile sig_atomic_t got_term;

static void warn(const char *fmt, ...)
{
	va_list ap;
	int e = errno;
	fprintf(stderr, "%s: warning: ", me);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (e)
		fprintf(stderr, ": %s", strerror(e));
	fputc('\n', stderr);
	errno = 0;
}

static void die(const char *what)
{
	fprintf(stderr, "%s: %s: %s\n", me, what, strerror(errno));
	exit(1);
}

static void msleep(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* ---- inet helpers ---------------------------------------------------- */

static socklen_t mkaddr(struct sockaddr_storage *ss, int fam, const char *ip, int port)
{
	memset(ss, 0, sizeof *ss);
	if (fam == AF_INET) {
		struct sockaddr_in *a = (struct sockaddr_in *)ss;
		a->sin_family = AF_INET;
		a->sin_port = htons(port);
		inet_pton(AF_INET, ip, &a->sin_addr);
		return sizeof *a;
	} else {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
		a->sin6_family = AF_INET6;
		a->sin6_port = htons(port);
		inet_pton(AF_INET6, ip, &a->sin6_addr);
		return sizeof *a;
	}
}

static int tcp_state(int fd)
{
	struct tcp_info ti;
	socklen_t l = sizeof ti;
	memset(&ti, 0, sizeof ti);
	if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &ti, &l) < 0)
		return -1;
	return ti.tcpi_state;
}

/* wait up to ~2 s for a TCP socket to reach state st */
static int wait_state(int fd, int st)
{
	for (int i = 0; i < 200; i++) {
		if (tcp_state(fd) == st)
			return 0;
		msleep(10);
	}
	return -1;
}

/* bound socket; v6only: -1 leave default, 0/1 set; rcvbuf: 0 leave default */
static int sock_bind(int fam, int type, int proto, const char *ip, int port,
		     int v6only, int rcvbuf)
{
	struct sockaddr_storage ss;
	int one = 1, fd = socket(fam, type | SOCK_CLOEXEC, proto);
	if (fd < 0) {
		warn("socket(%s %d/%d) for %s port %d", fam == AF_INET ? "inet" : "inet6",
		     type, proto, ip, port);
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (fam == AF_INET6 && v6only >= 0)
		setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only);
	if (rcvbuf)
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
	socklen_t l = mkaddr(&ss, fam, ip, port);
	if (bind(fd, (struct sockaddr *)&ss, l) < 0) {
		warn("bind %s port %d (proto %d)", ip, port, proto);
		close(fd);
		return -1;
	}
	return fd;
}

/* the socket fd, or -1 after closing it when ok is false */
static int kept(int fd, int ok)
{
	if (!ok && fd >= 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static int tcp_listen(int fam, const char *ip, int port, int backlog, int v6only, int rcvbuf)
{
	int fd = sock_bind(fam, SOCK_STREAM, 0, ip, port, v6only, rcvbuf);

	if (fd >= 0 && listen(fd, backlog) < 0)
		warn("listen %s port %d", ip, port), fd = kept(fd, 0);
	return fd;
}

/* a socket connected to sa (blocking: on loopback it completes at once) */
static int sock_connect(int fam, int type, const void *sa, socklen_t l, const char *what)
{
	int fd = socket(fam, type | SOCK_CLOEXEC, 0);

	if (fd < 0) {
		warn("socket for %s", what);
		return -1;
	}
	if (connect(fd, sa, l) < 0)
		warn("connect %s", what), fd = kept(fd, 0);
	return fd;
}

static int tcp_connect(int fam, const char *ip, int port)
{
	struct sockaddr_storage ss;
	socklen_t l = mkaddr(&ss, fam, ip, port);

	return sock_connect(fam, SOCK_STREAM, &ss, l, ip);
}

/* connect to listener lfd and accept: an ESTABLISHED pair; *srv gets the
 * accepted end.  Returns the client end. */
static int tcp_pair(int lfd, int fam, const char *ip, int port, int *srv)
{
	*srv = -1;
	if (lfd < 0)
		return -1;
	int c = tcp_connect(fam, ip, port);
	if (c < 0)
		return -1;
	*srv = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
	if (*srv < 0)
		warn("accept port %d", port);
	return c;
}

static void write_all(int fd, const char *buf, size_t n)
{
	if (fd >= 0 && write(fd, buf, n) != (ssize_t)n)
		warn("short write");
}

static int dgram_connect(int fd, int fam, const char *ip, int port)
{
	struct sockaddr_storage ss;
	if (fd < 0)
		return -1;
	socklen_t l = mkaddr(&ss, fam, ip, port);
	if (connect(fd, (struct sockaddr *)&ss, l) < 0) {
		warn("connect dgram %s port %d", ip, port);
		return -1;
	}
	return 0;
}

/* drop everything a raw socket would receive, so its Recv-Q stays put */
static void drop_all(int fd)
{
	struct sock_filter f[] = { BPF_STMT(BPF_RET | BPF_K, 0) };
	struct sock_fprog p = { 1, f };
	if (fd >= 0 && setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &p, sizeof p) < 0)
		warn("SO_ATTACH_FILTER");
}

static int raw_sock(int fam, int proto)
{
	int fd = socket(fam, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (fd < 0)
		warn("socket raw %s proto %d", fam == AF_INET ? "inet" : "inet6", proto);
	return fd;
}

/* ---- unix helpers ---------------------------------------------------- */

/* name[0] == '\0' means abstract; len counts the bytes of name used */
static socklen_t mkun(struct sockaddr_un *a, const char *name, size_t len)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	if (len > sizeof a->sun_path)
		len = sizeof a->sun_path;
	memcpy(a->sun_path, name, len);
	return offsetof(struct sockaddr_un, sun_path) + len;
}

static int unix_bind(int type, const char *name, size_t len)
{
	struct sockaddr_un a;
	int fd = socket(AF_UNIX, type | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		warn("socket unix");
		return -1;
	}
	socklen_t l = mkun(&a, name, len);
	if (bind(fd, (struct sockaddr *)&a, l) < 0) {
		warn("bind unix %s", name[0] ? name : name + 1);
		close(fd);
		return -1;
	}
	if (name[0] && ntmp < 8)
		snprintf(tmpfiles[ntmp++], sizeof tmpfiles[0], "%s", name);
	return fd;
}

static int unix_listen(int type, const char *name, size_t len)
{
	int fd = unix_bind(type, name, len);

	if (fd >= 0 && listen(fd, 16) < 0)
		warn("listen unix"), fd = kept(fd, 0);
	return fd;
}

static int unix_connect(int type, const char *name, size_t len)
{
	struct sockaddr_un a;
	socklen_t l = mkun(&a, name, len);

	return sock_connect(AF_UNIX, type, &a, l, name[0] ? name : name + 1);
}

static void unix_pair_accepted(int lfd, int type, const char *name, size_t len)
{
	if (lfd < 0)
		return;
	if (unix_connect(type, name, len) >= 0 &&
	    accept4(lfd, NULL, NULL, SOCK_CLOEXEC) < 0)
		warn("accept unix");
}

static void spair(int type)
{
	int sv[2];
	if (socketpair(AF_UNIX, type | SOCK_CLOEXEC, 0, sv) < 0)
		warn("socketpair");
}

static void tmpname(char *buf, size_t n, const char *base)
{
	snprintf(buf, n, "%s/%s", tmpdir, base);
}

/* ---- the population, per process ------------------------------------ */

static int shared_fd = -1; /* udp socket open in both main and daemon */

static void pop_main(void)
{
	int l, c, s;
	char p[128];

	tcp_listen(AF_INET, "0.0.0.0", 22, 16, -1, 0);       /* ssh */
	tcp_listen(AF_INET6, "::", 80, 16, 1, 0);            /* http, v6 only */
	l = tcp_listen(AF_INET6, "::", 31002, 16, 0, 0);     /* dual stack */
	tcp_pair(l, AF_INET, "127.0.0.1", 31002, &s);       /* ::ffff:127.0.0.1 */
	tcp_pair(l, AF_INET6, "::1", 31002, &s);

	sock_bind(AF_INET, SOCK_DGRAM, 0, "0.0.0.0", 111, -1, 0);  /* sunrpc */
	sock_bind(AF_INET6, SOCK_DGRAM, 0, "::", 31060, 1, 0);

	if (tmpdir[0]) {
		tmpname(p, sizeof p, "stream.sock");
		l = unix_listen(SOCK_STREAM, p, strlen(p));
		unix_pair_accepted(l, SOCK_STREAM, p, strlen(p));
		unix_pair_accepted(l, SOCK_STREAM, p, strlen(p));
		tmpname(p, sizeof p, "dgram.sock");
		s = unix_bind(SOCK_DGRAM, p, strlen(p));
		if (s >= 0 && (c = unix_connect(SOCK_DGRAM, p, strlen(p))) >= 0)
			write_all(c, "hello", 5);
	}
	spair(SOCK_STREAM);
	spair(SOCK_DGRAM);
	if (socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0) < 0) /* unbound */
		warn("socket unix");
}

static void pop_daemon(void)
{
	int l, c, s, u;

	/* CLOSE_WAIT (server end) and FIN_WAIT2 (client end, only shut down,
	 * never closed, so no FIN_WAIT2 timer) */
	l = tcp_listen(AF_INET, "127.0.0.1", 25, 16, -1, 0);   /* smtp */
	c = tcp_pair(l, AF_INET, "127.0.0.1", 25, &s);
	if (c >= 0 && s >= 0) {
		shutdown(c, SHUT_WR);
		if (wait_state(c, TCP_FIN_WAIT2) < 0 || wait_state(s, TCP_CLOSE_WAIT) < 0)
			warn("FIN_WAIT2/CLOSE_WAIT not reached");
	}

	/* v6 pair, the client has 50 unread bytes */
	l = tcp_listen(AF_INET6, "::1", 53, 16, -1, 0);        /* domain */
	c = tcp_pair(l, AF_INET6, "::1", 53, &s);
	write_all(s, "0123456789012345678901234567890123456789012345678\n", 50);

	/* v4 pair, the server has 100 unread bytes */
	l = tcp_listen(AF_INET, "127.0.0.1", 31001, 16, -1, 0);
	c = tcp_pair(l, AF_INET, "127.0.0.1", 31001, &s);
	write_all(c, "0123456789012345678901234567890123456789012345678\n"
		     "0123456789012345678901234567890123456789012345678\n", 100);

	/* udp: unconnected, connected (ESTABLISHED), unread datagram */
	u = sock_bind(AF_INET, SOCK_DGRAM, 0, "127.0.0.1", 31020, -1, 0);
	c = sock_bind(AF_INET, SOCK_DGRAM, 0, "127.0.0.1", 31022, -1, 0);
	if (u >= 0 && dgram_connect(c, AF_INET, "127.0.0.1", 31020) == 0)
		write_all(c, "ping", 4);
	u = sock_bind(AF_INET6, SOCK_DGRAM, 0, "::1", 31021, -1, 0);
	c = sock_bind(AF_INET6, SOCK_DGRAM, 0, "::1", 31023, -1, 0);
	if (u >= 0)
		dgram_connect(c, AF_INET6, "::1", 31021);

	/* udp-lite v4/v6, one connected */
	u = sock_bind(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE, "0.0.0.0", 31030, -1, 0);
	sock_bind(AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE, "::", 31031, 1, 0);
	c = sock_bind(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE, "127.0.0.1", 31032, -1, 0);
	if (u >= 0)
		dgram_connect(c, AF_INET, "127.0.0.1", 31030);
}

/* SYN_SENT: a listener with backlog 0 that never accepts.  The first
 * connection fills its accept queue (and stays there, ESTABLISHED with inode
 * 0); later SYNs are dropped, so a nonblocking connect stays SYN_SENT.
 * TCP_SYNCNT at its maximum keeps it there for hours. */
static void syn_sent(int fam, const char *ip, int port)
{
	struct sockaddr_storage ss;
	int syncnt = 127;
	if (tcp_listen(fam, ip, port, 0, -1, 0) < 0)
		return;
	socklen_t l = mkaddr(&ss, fam, ip, port);
	for (int i = 0; i < 8; i++) {
		int fd = socket(fam, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
		if (fd < 0)
			break;
		setsockopt(fd, IPPROTO_TCP, TCP_SYNCNT, &syncnt, sizeof syncnt);
		if (connect(fd, (struct sockaddr *)&ss, l) < 0 && errno != EINPROGRESS) {
			warn("connect %s port %d", ip, port);
			close(fd);
			return;
		}
		errno = 0;
		int st = -1;
		for (int k = 0; k < 20; k++) { /* let the handshake finish */
			msleep(10);
			st = tcp_state(fd);
			if (st == TCP_ESTABLISHED)
				break;
		}
		if (st == TCP_SYN_SENT)
			return; /* done */
		if (st != TCP_ESTABLISHED) {
			warn("SYN_SENT setup %s port %d: state %d", ip, port, st);
			return;
		}
	}
	warn("no SYN_SENT reached on %s port %d", ip, port);
}

/* A client whose Send-Q stays non-zero: the peer never reads and its
 * receive buffer is full.  Wait until both queues stop moving. */
static void send_q(void)
{
	static char buf[4096];
	int s, c, l, sb = 4096;
	int in0 = -1, out0 = -1, same = 0;

	l = tcp_listen(AF_INET, "127.0.0.1", 31012, 16, -1, 4096);
	if (l < 0)
		return;
	c = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	setsockopt(c, SOL_SOCKET, SO_SNDBUF, &sb, sizeof sb);
	struct sockaddr_storage ss;
	socklen_t al = mkaddr(&ss, AF_INET, "127.0.0.1", 31012);
	if (connect(c, (struct sockaddr *)&ss, al) < 0) {
		warn("connect port 31012");
		return;
	}
	s = accept4(l, NULL, NULL, SOCK_CLOEXEC);
	fcntl(c, F_SETFL, O_NONBLOCK);
	memset(buf, 'x', sizeof buf);
	for (int round = 0; round < 100 && same < 3; round++) {
		while (send(c, buf, sizeof buf, MSG_NOSIGNAL) > 0)
			;
		msleep(50);
		int in = 0, out = 0;
		ioctl(s, SIOCINQ, &in);
		ioctl(c, SIOCOUTQ, &out);
		same = (in == in0 && out == out0) ? same + 1 : 0;
		in0 = in;
		out0 = out;
	}
	errno = 0;
	if (same < 3)
		warn("Send-Q did not settle");
	else if (out0 == 0)
		warn("Send-Q is empty");
}

static void pop_odd(void)
{
	int r;

	syn_sent(AF_INET, "127.0.0.1", 31010);
	syn_sent(AF_INET6, "::1", 31011);
	send_q();

	/* raw: icmp, icmpv6 (listener-like, state 7), one connected with a
	 * packet of its own queued, IPPROTO_RAW (send only) */
	drop_all(raw_sock(AF_INET, IPPROTO_ICMP));
	drop_all(raw_sock(AF_INET6, IPPROTO_ICMPV6));
	r = raw_sock(AF_INET, 253);
	if (r >= 0 && dgram_connect(r, AF_INET, "127.0.0.1", 0) == 0)
		write_all(r, "raw!", 4);
	r = raw_sock(AF_INET6, 253);
	if (r >= 0) {
		drop_all(r);
		dgram_connect(r, AF_INET6, "::1", 0);
	}
	drop_all(raw_sock(AF_INET, IPPROTO_RAW));

	/* unix, abstract names: stream and seqpacket listeners with a
	 * connected pair each, one name with an embedded NUL */
	static const char abs1[] = "\0sockpop-abstract";
	static const char abs2[] = "\0sockpop/seqpacket";
	static const char abs3[] = "\0sockpop\0nul";
	r = unix_listen(SOCK_STREAM, abs1, sizeof abs1 - 1);
	unix_pair_accepted(r, SOCK_STREAM, abs1, sizeof abs1 - 1);
	r = unix_listen(SOCK_SEQPACKET, abs2, sizeof abs2 - 1);
	unix_pair_accepted(r, SOCK_SEQPACKET, abs2, sizeof abs2 - 1);
	unix_bind(SOCK_DGRAM, abs3, sizeof abs3 - 1);
	spair(SOCK_SEQPACKET);
}

static void pop_long(void)
{
	char p[128];
	int c, s;

	c = tcp_listen(AF_INET6, "::1", 31003, 16, 1, 0);
	c = tcp_pair(c, AF_INET6, "::1", 31003, &s);

	/* long "address:port" strings (the column is cut when not -W): other
	 * 127/8 loopback addresses, which have no name, and long service names */
	c = tcp_listen(AF_INET, "127.123.234.245", 8990, 16, -1, 0); /* clc-build-daemon */
	if (c >= 0) {
		struct sockaddr_storage ss;
		int k = sock_bind(AF_INET, SOCK_STREAM, 0, "127.200.100.250", 0, -1, 0);
		socklen_t l = mkaddr(&ss, AF_INET, "127.123.234.245", 8990);
		if (k >= 0 && connect(k, (struct sockaddr *)&ss, l) < 0)
			warn("connect 127.123.234.245 port 8990");
		else if (accept4(c, NULL, NULL, SOCK_CLOEXEC) < 0)
			warn("accept port 8990");
	}
	c = tcp_listen(AF_INET6, "::1", 3389, 16, -1, 0);          /* ms-wbt-server */
	c = tcp_pair(c, AF_INET6, "::1", 3389, &s);
	tcp_listen(AF_INET, "127.0.0.1", 7002, 16, -1, 0);   /* named for udp only */
	sock_bind(AF_INET, SOCK_DGRAM, 0, "127.123.234.245", 7000, -1, 0); /* afs3-fileserver */
	sock_bind(AF_INET6, SOCK_DGRAM, 0, "::", 547, 1, 0);              /* dhcpv6-server */
	sock_bind(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE, "127.0.0.1", 7001, -1, 0); /* afs3-callback/udp */
	sock_bind(AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE, "::1", 751, -1, 0); /* kerberos-master */
	sock_bind(AF_INET, SOCK_DGRAM, 0, "127.0.0.1", 31070, -1, 0);
	static const char abs[] = "\0sockpop-long-dgram";
	unix_bind(SOCK_DGRAM, abs, sizeof abs - 1);
	if (tmpdir[0]) {
		tmpname(p, sizeof p, "seqpacket.sock");
		s = unix_listen(SOCK_SEQPACKET, p, strlen(p));
		unix_pair_accepted(s, SOCK_SEQPACKET, p, strlen(p));
	}
}

static void pop_nobody(void)
{
	int l, c, s;
	gid_t g = 65534;

	/* made as root, owned by the unprivileged process */
	tcp_listen(AF_INET, "0.0.0.0", 21, 16, -1, 0);          /* ftp */
	if (setgroups(1, &g) < 0 || setresgid(65534, 65534, 65534) < 0 ||
	    setresuid(65534, 65534, 65534) < 0)
		warn("cannot become uid 65534");
	errno = 0;
	/* credentials changed: dumpable and the death signal were reset */
	prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);

	l = tcp_listen(AF_INET, "127.0.0.1", 31040, 16, -1, 0);
	c = tcp_pair(l, AF_INET, "127.0.0.1", 31040, &s);
	sock_bind(AF_INET6, SOCK_DGRAM, 0, "::", 31041, 0, 0);
	static const char abs[] = "\0sockpop-nobody";
	l = unix_listen(SOCK_STREAM, abs, sizeof abs - 1);
	unix_pair_accepted(l, SOCK_STREAM, abs, sizeof abs - 1);
	(void)c;
}

static const struct role {
	const char *name, *argv0;
	void (*pop)(void);
} roles[] = {
	{ "daemon", "/usr/local/sbin/sockpop-daemon", pop_daemon },
	{ "odd", "./rel/../sockpop-odd", pop_odd },
	{ "long", "sockpop-title: a long process title/with slash and spaces", pop_long },
	{ "nobody", "sockpop-nobody", pop_nobody },
};
#define NROLES (sizeof roles / sizeof roles[0])

/* ---- child side ------------------------------------------------------ */

static int child_main(const char *name, pid_t parent)
{
	me = name;
	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	if (getppid() != parent)
		return 1;
	for (size_t i = 0; i < NROLES; i++)
		if (!strcmp(roles[i].name, name))
			roles[i].pop();
	if (write(READY_FD, "r", 1) != 1)
		return 1;
	close(READY_FD);
	/* wait for the parent to go away (EOF on the lifeline) */
	for (;;) {
		char b;
		ssize_t n = read(LIFE_FD, &b, 1);
		if (n == 0 || (n < 0 && errno != EINTR))
			break;
	}
	return 0;
}

/* ---- parent side ----------------------------------------------------- */

static pid_t kids[NROLES];
static int nkids;

static void on_term(int sig)
{
	(void)sig;
	got_term = 1;
}

static void cleanup(void)
{
	for (int i = 0; i < nkids; i++)
		kill(kids[i], SIGTERM);
	for (int i = 0; i < nkids; i++)
		waitpid(kids[i], NULL, 0);
	for (int i = 0; i < ntmp; i++)
		unlink(tmpfiles[i]);
	if (tmpdir[0])
		rmdir(tmpdir);
}

/* put fd at position want, without FD_CLOEXEC */
static void place_fd(int fd, int want)
{
	if (fd == want)
		fcntl(fd, F_SETFD, 0);
	else if (dup2(fd, want) < 0)
		_exit(127);
}

static pid_t spawn(const struct role *r, const char *exe, int life_r)
{
	int rp[2];
	char pidbuf[24];
	if (pipe2(rp, O_CLOEXEC) < 0)
		die("pipe");
	snprintf(pidbuf, sizeof pidbuf, "%ld", (long)getpid());
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		/* move both ends out of the way first, then into 3 and 4 */
		int a = fcntl(rp[1], F_DUPFD_CLOEXEC, 10);
		int b = fcntl(life_r, F_DUPFD_CLOEXEC, 10);
		int nul = open("/dev/null", O_RDWR);
		if (a < 0 || b < 0 || nul < 0)
			_exit(127);
		dup2(nul, 0);
		dup2(nul, 1);
		place_fd(a, READY_FD);
		place_fd(b, LIFE_FD);
		char *av[] = { (char *)r->argv0, "--role", (char *)r->name, pidbuf, NULL };
		execv(exe, av);
		_exit(127);
	}
	close(rp[1]);
	struct pollfd pf = { rp[0], POLLIN, 0 };
	char b;
	int n = poll(&pf, 1, 15000);
	if (n <= 0 || read(rp[0], &b, 1) != 1) {
		fprintf(stderr, "%s: role %s did not start\n", me, r->name);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		cleanup();
		exit(1);
	}
	close(rp[0]);
	return pid;
}

int main(int argc, char **argv)
{
	static char exe[4096];
	int life[2];

	if (argc == 4 && !strcmp(argv[1], "--role"))
		return child_main(argv[2], (pid_t)atol(argv[3]));
	if (argc != 1) {
		fprintf(stderr, "usage: %s  (prints ready, runs until stdin EOF)\n", me);
		return 2;
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term; /* no SA_RESTART: poll() returns EINTR */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0)
		exe[n] = 0;
	else
		snprintf(exe, sizeof exe, "%s", argv[0]);

	snprintf(tmpdir, sizeof tmpdir, "/tmp/sockpop.XXXXXX");
	if (!mkdtemp(tmpdir)) {
		warn("mkdtemp: no unix path sockets");
		tmpdir[0] = 0;
	}

	if (pipe2(life, O_CLOEXEC) < 0)
		die("pipe");

	/* one udp socket open in two processes (main and daemon) */
	shared_fd = sock_bind(AF_INET, SOCK_DGRAM, 0, "127.0.0.1", 31050, -1, 0);
	if (shared_fd >= 0) { /* inherited over exec, away from fds 3 and 4 */
		int fd = fcntl(shared_fd, F_DUPFD, 20);
		close(shared_fd);
		shared_fd = fd;
	}
	for (size_t i = 0; i < NROLES; i++) {
		kids[nkids] = spawn(&roles[i], exe, life[0]);
		nkids++;
		if (i == 0 && shared_fd >= 0)
			fcntl(shared_fd, F_SETFD, FD_CLOEXEC);
	}
	close(life[0]);

	pop_main();

	if (printf("ready\n") < 0 || fflush(stdout) != 0) {
		cleanup();
		return 1;
	}

	/* until stdin EOF or SIGTERM */
	while (!got_term) {
		struct pollfd pf = { 0, POLLIN, 0 };
		int r = poll(&pf, 1, -1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		char b[256];
		ssize_t k = read(0, b, sizeof b);
		if (k == 0 || (k < 0 && errno != EINTR && errno != EAGAIN))
			break;
	}
	close(life[1]);
	cleanup();
	return 0;
}
