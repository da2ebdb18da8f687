/* many [-t PAIRS] [-l LISTENERS] [-s SYNRECV] [-u UDP] [-x UNIX] [-p PROCS]: a socket
 * population for the benchmark and the scale test, in the current network
 * namespace: PAIRS loopback TCP connections (IPv4, and every fourth through
 * an IPv6 listener on :: from 127.0.0.1, so v4-mapped rows), LISTENERS more
 * listeners on ports 20000 and up (every tenth with three connections it
 * never accepts: a backlog), SYNRECV connections that send nothing to
 * a listener that defers accepting them (TCP_DEFER_ACCEPT: the server side
 * stays in SYN_RECV), UDP sockets (every other one connected), UNIX socket pairs,
 * and every eighth TCP connection closed by its client first and then by
 * its server (TIME_WAIT).  The sockets are shared out among PROCS
 * processes, each holding its own.  Prints "ready" when all are in place,
 * then waits for stdin to close.  Defaults: -t 1000 -x 1000 -p 1.
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int share(int n, int procs, int i)	/* process i's part of n */
{
	return n / procs + (i < n % procs);
}

static int listener(int v6, int port, int backlog)
{
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(port) };
	struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_port = htons(port) };
	int one = 1, s = socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);

	a4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (s < 0 || bind(s, v6 ? (void *)&a6 : (void *)&a4, v6 ? sizeof(a6) : sizeof(a4))
	    || listen(s, backlog))
		return perror("many: listen"), exit(1), -1;
	return s;
}

static int connect_to(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	int c = socket(AF_INET, SOCK_STREAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (c < 0 || connect(c, (void *)&a, sizeof(a)))
		return perror("many: connect"), exit(1), -1;
	return c;
}

/* process i's sockets; its listeners are on ports from lport up */
static void populate(int i, int pairs, int listeners, int lport, int syn, int udp, int unx)
{
	int l4 = listener(0, 3000 + 2 * i, 4096), l6 = listener(1, 3001 + 2 * i, 4096);
	int k, j, c, s, sv[2];

	for (k = 0; k < pairs; k++) {
		c = connect_to(k % 4 == 3 ? 3001 + 2 * i : 3000 + 2 * i);
		if ((s = accept(k % 4 == 3 ? l6 : l4, 0, 0)) < 0)
			perror("many: accept"), exit(1);
		if (k % 8 == 5) {	/* the client closes first: TIME_WAIT */
			close(c);
			usleep(100);
			close(s);
		}
	}
	for (k = 0; k < listeners; k++) {
		listener(k & 1, lport + k, 16);
		if ((lport + k) % 10 == 0)
			for (j = 0; j < 3; j++)
				connect_to(lport + k);
	}
	if (syn) {
		int defer = 60;
		s = listener(0, 10000 + i, 4096);
		setsockopt(s, IPPROTO_TCP, TCP_DEFER_ACCEPT, &defer, sizeof(defer));
		for (k = 0; k < syn; k++)
			connect_to(10000 + i);
	}
	for (k = 0; k < udp; k++) {
		struct sockaddr_in a = { .sin_family = AF_INET };
		a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		if ((s = socket(AF_INET, SOCK_DGRAM, 0)) < 0 || bind(s, (void *)&a, sizeof(a)))
			perror("many: udp"), exit(1);
		a.sin_port = htons(9);
		if (k & 1)
			connect(s, (void *)&a, sizeof(a));
	}
	for (k = 0; k < unx; k++)
		if (socketpair(AF_UNIX, k & 1 ? SOCK_DGRAM : SOCK_STREAM, 0, sv))
			perror("many: socketpair"), exit(1);
}

int main(int argc, char **argv)
{
	int pairs = 1000, listeners = 0, syn = 0, udp = 0, unx = 1000, procs = 1, i, c, up[2];
	struct rlimit r;
	char ok;

	while ((c = getopt(argc, argv, "t:l:s:u:x:p:")) != -1)
		switch (c) {
		case 't': pairs = atoi(optarg); break;
		case 'l': listeners = atoi(optarg); break;
		case 's': syn = atoi(optarg); break;
		case 'u': udp = atoi(optarg); break;
		case 'x': unx = atoi(optarg); break;
		case 'p': procs = atoi(optarg) > 0 ? atoi(optarg) : 1; break;
		default:
			fputs("usage: many [-t PAIRS] [-l LISTENERS] [-s SYNRECV] [-u UDP] [-x UNIX] [-p PROCS]\n",
			      stderr);
			return 2;
		}
	r.rlim_cur = r.rlim_max = 4 * (pairs + listeners + syn + udp + unx) / procs + 256;
	if (setrlimit(RLIMIT_NOFILE, &r) && !getrlimit(RLIMIT_NOFILE, &r)
	    && r.rlim_cur < (rlim_t)(2 * (pairs + listeners + syn + udp + unx) / procs + 16))
		fprintf(stderr, "many: a process may have %lu files open, too few for this\n",
			(unsigned long)r.rlim_cur);
	if (pipe(up))
		return perror("many: pipe"), 1;
	for (i = 0; i < procs; i++)
		if (!fork()) {	/* each holds its share until stdin closes */
			close(up[0]);
			populate(i, share(pairs, procs, i), share(listeners, procs, i),
				 20000 + i * (listeners / procs) + (i < listeners % procs ? i : listeners % procs),
				 share(syn, procs, i), share(udp, procs, i), share(unx, procs, i));
			if (write(up[1], "", 1) != 1)
				return 1;
			while (getchar() != EOF)
				;
			return 0;
		}
	close(up[1]);
	for (i = 0; i < procs && read(up[0], &ok, 1) == 1; i++)
		;
	if (i < procs)
		return fputs("many: a process failed\n", stderr), 1;
	puts("ready");
	fflush(stdout);
	while (getchar() != EOF)
		;
	while (wait(0) > 0)
		;
	return 0;
}
