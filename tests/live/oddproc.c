/* oddproc: a process with an odd command line, for tests/live-find.sh
 * (netstat -p, --exe, --cmdline).  Started by `find.py pop` with whatever
 * argv it wants, it holds a TCP listener on 127.0.0.1:$ODD_PORT and an
 * abstract unix stream listener "@oddproc-$ODD_PORT", and, with $ODD_TITLE
 * set, overwrites its whole argv area with that title and NULs (the way
 * daemons rename themselves: /proc/PID/cmdline is then the title followed
 * by NULs).  It writes "r\n" on stdout when ready and exits at EOF on
 * stdin or when its parent dies.
 *
 * Built by the test script: gcc -O2 -Wall -o "$T/oddproc" tests/live/oddproc.c
 *
 * SPDX-License-Identifier: 0BSD
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void die(const char *what)
{
	fprintf(stderr, "oddproc: %s: %s\n", what, strerror(errno));
	exit(1);
}

int main(int argc, char **argv)
{
	const char *port = getenv("ODD_PORT"), *title = getenv("ODD_TITLE");
	struct sockaddr_in a;
	struct sockaddr_un u;
	int one = 1, fd, ufd;
	char b;

	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	if (!port)
		return 2;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(atoi(port));
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
	    bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 4) < 0)
		die("tcp listener");
	memset(&u, 0, sizeof u);
	u.sun_family = AF_UNIX;
	int n = snprintf(u.sun_path + 1, sizeof u.sun_path - 1, "oddproc-%s", port);
	ufd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (ufd < 0 || bind(ufd, (struct sockaddr *)&u, offsetof(struct sockaddr_un, sun_path) + 1 + n) < 0 ||
	    listen(ufd, 4) < 0)
		die("unix listener");
	if (title) {
		char *start = argv[0], *end = argv[argc - 1] + strlen(argv[argc - 1]) + 1;
		size_t room = end - start;
		memset(start, 0, room);
		memcpy(start, title, strlen(title) < room - 1 ? strlen(title) : room - 1);
	}
	if (write(1, "r\n", 2) != 2)
		return 1;
	for (;;) {
		ssize_t k = read(0, &b, 1);
		if (k == 0 || (k < 0 && errno != EINTR))
			break;
	}
	return 0;
}
