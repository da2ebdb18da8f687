/* hostile-proc: a process with a hostile name for tests/live-hostile.sh
 * part 2.  Its argv is whatever tests/live/hostile-check.py pop gives it
 * (every byte 0x01-0xff, 2 MB of arguments, ...); what it does comes from
 * the environment:
 *   HP_PORT   it holds a TCP listener and a bound UDP socket on
 *             127.0.0.1:HP_PORT and an abstract unix stream listener
 *             "@hostile-HP_PORT"
 *   HP_COMM   hex bytes for prctl(PR_SET_NAME) (comm: 15 bytes at most)
 *   HP_TITLE  "loop": rewrite its whole argv area with random bytes (NUL
 *             and newline among them) and PR_SET_NAME in a tight loop
 * It writes "r\n" on stdout when ready and exits at EOF on stdin or when
 * its parent dies.
 *
 * Built by the test script: gcc -O2 -Wall -o build/hostile/hostile-proc ...
 *
 * SPDX-License-Identifier: 0BSD
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
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
	fprintf(stderr, "hostile-proc: %s: %s\n", what, strerror(errno));
	exit(1);
}

int main(int argc, char **argv)
{
	const char *port = getenv("HP_PORT"), *comm = getenv("HP_COMM"), *title = getenv("HP_TITLE");
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct sockaddr_un u = { .sun_family = AF_UNIX };
	int one = 1, fd, n;
	char b[64];

	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	if (!port)
		return 2;
	a.sin_port = htons(atoi(port));
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
	    bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 4) < 0)
		die("tcp listener");
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) < 0)
		die("udp");
	n = snprintf(u.sun_path + 1, sizeof u.sun_path - 1, "hostile-%s", port);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&u, offsetof(struct sockaddr_un, sun_path) + 1 + n) < 0 ||
	    listen(fd, 4) < 0)
		die("unix listener");
	if (comm) {
		char c[16] = { 0 };
		for (n = 0; n < 15 && comm[2 * n] && comm[2 * n + 1]; n++) {
			unsigned x;
			sscanf(comm + 2 * n, "%2x", &x);
			c[n] = x;
		}
		prctl(PR_SET_NAME, c, 0, 0, 0);
	}
	if (write(1, "r\n", 2) != 2)
		return 1;
	if (title && !strcmp(title, "loop")) {
		static const char pool[] = "ab\n\t\x1b\x7f\x9b\xc2\xc3\xa9\xff \\x/\0\0";
		char *start = argv[0], *end = argv[argc - 1] + strlen(argv[argc - 1]) + 1;
		size_t room = end - start, i;
		unsigned r = getpid();
		struct pollfd p = { .fd = 0, .events = POLLIN };
		char c[16];

		for (unsigned long k = 0;; k++) {
			for (i = 0; i < room; i++) {
				r = r * 1103515245 + 12345;
				start[i] = pool[(r >> 16) % (sizeof pool - 1)];
			}
			if (k & 1)	/* now and then a title that ends cleanly */
				start[room - 1] = 0;
			for (i = 0; i < 15; i++)
				c[i] = pool[(r >> (i % 16)) % (sizeof pool - 1)] | 1;
			c[15] = 0;
			prctl(PR_SET_NAME, c, 0, 0, 0);
			if (k % 256 == 0 && poll(&p, 1, 0) > 0) {
				n = read(0, b, sizeof b);
				if (n == 0 || (n < 0 && errno != EINTR))
					return 0;
			}
		}
	}
	for (;;) {
		n = read(0, b, sizeof b);
		if (n == 0 || (n < 0 && errno != EINTR))
			break;
	}
	return 0;
}
