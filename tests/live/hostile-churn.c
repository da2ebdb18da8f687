/* hostile-churn: short-lived socket holders for tests/live-hostile.sh part 1
 * (netstat -p while processes exit, exec, close sockets or are killed).
 *
 *   hostile-churn LOG SECONDS PARALLEL     the driver
 *
 * The driver keeps PARALLEL holders alive for SECONDS, then kills the rest
 * and exits, printing "holders N sockets M" on stdout.  Each holder (a
 * fork of the driver) makes a random set of sockets (TCP listener, a
 * connected TCP pair it accepted itself, tcp6 listener, bound and
 * connected UDP, a unix socketpair, an abstract unix listener), appends
 * "S PID INODE ARGV0HEX" to LOG for each (one write(2) each, O_APPEND)
 * BEFORE it can die, then tells the driver it is ready (its pid on a pipe;
 * the driver only ever SIGKILLs ready children it has not reaped, so no
 * reused pid is ever killed), then at random: exits, closes some sockets
 * and goes on, rewrites its title (logging the new name for every socket
 * it holds first), exec()s itself or /bin/sleep under another argv[0]
 * keeping its socket fds (logging that name first), or waits to be killed.
 * ARGV0HEX is the hex of argv[0] as /proc/PID/cmdline will give it.
 *
 * Built by the test script: gcc -O2 -Wall -o build/hostile/hostile-churn ...
 *
 * SPDX-License-Identifier: 0BSD
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAXS 16
static int logfd, readyfd, ns;
static int fds[MAXS];
static char self[4096];

static void logname(const char *name)
{
	char line[600], *p;
	struct stat st;
	int i;

	for (i = 0; i < ns; i++) {
		if (fds[i] < 0 || fstat(fds[i], &st) < 0)
			continue;
		p = line + sprintf(line, "S %d %lu ", (int)getpid(), (unsigned long)st.st_ino);
		for (const unsigned char *s = (const void *)name; *s && p < line + 580; s++)
			p += sprintf(p, "%02x", *s);
		*p++ = '\n';
		if (write(logfd, line, p - line) != p - line)
			_exit(3);
	}
}

static void add(int fd)
{
	if (fd >= 0 && ns < MAXS)
		fds[ns++] = fd;
}

static void make_sockets(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6 };
	socklen_t len = sizeof a;
	int r = rand(), fd, c, sv[2];

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (r & 1) {	/* TCP listener, and a connection to it, both ends here */
		fd = socket(AF_INET, SOCK_STREAM, 0);
		if (fd >= 0 && !bind(fd, (void *)&a, sizeof a) && !listen(fd, 8)) {
			add(fd);
			if (r & 2 && !getsockname(fd, (void *)&a, &len)) {
				c = socket(AF_INET, SOCK_STREAM, 0);
				if (c >= 0 && !connect(c, (void *)&a, sizeof a)) {
					add(c);
					add(accept(fd, 0, 0));
				} else if (c >= 0)
					close(c);
			}
		} else if (fd >= 0)
			close(fd);
	}
	if (r & 4) {
		a6.sin6_addr = in6addr_loopback;
		fd = socket(AF_INET6, SOCK_STREAM, 0);
		if (fd >= 0 && !bind(fd, (void *)&a6, sizeof a6) && !listen(fd, 8))
			add(fd);
		else if (fd >= 0)
			close(fd);
	}
	if (r & 8) {	/* UDP bound, and one connected to it */
		a.sin_port = 0;
		len = sizeof a;
		fd = socket(AF_INET, SOCK_DGRAM, 0);
		if (fd >= 0 && !bind(fd, (void *)&a, sizeof a)) {
			add(fd);
			if (r & 16 && !getsockname(fd, (void *)&a, &len)) {
				c = socket(AF_INET, SOCK_DGRAM, 0);
				if (c >= 0 && !connect(c, (void *)&a, sizeof a))
					add(c);
				else if (c >= 0)
					close(c);
			}
		} else if (fd >= 0)
			close(fd);
	}
	if (r & 32 && !socketpair(AF_UNIX, r & 64 ? SOCK_STREAM : SOCK_DGRAM, 0, sv)) {
		add(sv[0]);
		add(sv[1]);
	}
	if (r & 128 || !ns) {
		struct sockaddr_un u = { .sun_family = AF_UNIX };
		int n = snprintf(u.sun_path + 1, sizeof u.sun_path - 1, "churn-%d-%d", (int)getpid(), rand());
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if (fd >= 0 && !bind(fd, (void *)&u, offsetof(struct sockaddr_un, sun_path) + 1 + n) &&
		    !listen(fd, 4))
			add(fd);
		else if (fd >= 0)
			close(fd);
	}
}

static void nap(int maxus)
{
	struct timespec t = { 0, (long)(rand() % (maxus + 1)) * 1000 };
	nanosleep(&t, 0);
}

/* what a holder does once it has logged its sockets and said it is ready */
static void act(char **argv)
{
	static const char *names[] = { "churn-exec", "churn\ttab", "churn nl\nx", "/opt/churn/bin/churn-path" };
	char name[200];
	int i, r = rand() % 10;

	switch (r) {
	case 0: case 1:	/* exit now or soon */
		nap(r * 20000);
		_exit(0);
	case 2: case 3:	/* close some, go on, exit later */
		for (i = 0; i < ns; i++)
			if (rand() & 1) {
				close(fds[i]);
				fds[i] = -1;
			}
		nap(30000);
		_exit(0);
	case 4: {	/* rewrite the title, then die later or be killed */
		size_t room = strlen(argv[0]);
		snprintf(name, sizeof name, "churn-title-%d", rand() % 1000);
		if (strlen(name) > room)
			name[room] = 0;
		logname(name);
		memset(argv[0], 0, room);
		memcpy(argv[0], name, strlen(name));
		nap(50000);
		_exit(0);
	}
	case 5: case 6: {	/* exec ourselves under another name, fds kept */
		snprintf(name, sizeof name, "%s-%d", names[rand() % 4], rand() % 100);
		logname(name);
		execl(self, name, "after-exec", (char *)0);
		_exit(4);
	}
	case 7:	/* exec /bin/sleep under another name, fds kept */
		snprintf(name, sizeof name, "/x/y/zzz-sleep-%d", rand() % 100);
		logname(name);
		execl("/bin/sleep", name, r & 1 ? "0.03" : "0.2", (char *)0);
		_exit(4);
	default:	/* wait to be killed */
		pause();
		_exit(0);
	}
}

int main(int argc, char **argv)
{
	int pfd[2], par, live = 0, holders = 0, i;
	pid_t ready[4096], kids[4096];
	int nready = 0, nkids = 0;
	time_t end;
	char buf[4096];

	if (argc == 2 && !strcmp(argv[1], "after-exec")) {	/* exec'd: idle a while */
		srand(getpid() ^ time(0));
		if (rand() % 3 == 0)
			for (i = 3; i < 64; i++)
				if (rand() & 1)
					close(i);
		nap(rand() % 2 ? 40000 : 400000);
		return 0;
	}
	if (argc != 4)
		return 2;
	if (readlink("/proc/self/exe", self, sizeof self - 1) < 0)
		return 2;
	logfd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT, 0644);
	par = atoi(argv[3]);
	if (logfd < 0 || pipe2(pfd, O_CLOEXEC) < 0)
		return 2;
	fcntl(pfd[0], F_SETFL, O_NONBLOCK);
	fcntl(logfd, F_SETFD, FD_CLOEXEC);
	end = time(0) + atoi(argv[2]);
	while (time(0) < end) {
		while (live < par) {
			pid_t p = fork();
			if (p == 0) {
				close(pfd[0]);
				readyfd = pfd[1];
				srand(getpid() ^ (unsigned)time(0) * 7919);
				make_sockets();
				logname(argv[0]);	/* "S PID INODE NAME" before anyone may kill us */
				int me = getpid();
				if (write(readyfd, &me, sizeof me) != sizeof me)
					_exit(3);
				close(readyfd);
				act(argv);
			}
			if (p > 0) {
				live++, holders++;
				if (nkids < 4096)
					kids[nkids++] = p;
			}
			else
				break;
		}
		ssize_t n = read(pfd[0], buf, sizeof buf);
		for (i = 0; i + 4 <= n && nready < 4096; i += 4)
			memcpy(&ready[nready++], buf + i, 4);
		/* kill a few of the ready ones we have not reaped */
		for (i = 0; i < nready; i++)
			if (rand() % 4 == 0) {
				kill(ready[i], SIGKILL);
				ready[i] = ready[--nready];
			}
		int st;
		pid_t w;
		while ((w = waitpid(-1, &st, WNOHANG)) > 0) {
			live--;
			for (i = 0; i < nkids; i++)
				if (kids[i] == w) {
					kids[i] = kids[--nkids];
					break;
				}
			for (i = 0; i < nready; i++)
				if (ready[i] == w) {
					ready[i] = ready[--nready];
					break;
				}
		}
		nap(3000);
	}
	for (i = 0; i < nkids; i++)	/* unreaped children only: no reused pid */
		kill(kids[i], SIGKILL);
	while (wait(0) > 0)
		;
	printf("holders %d\n", holders);
	return 0;
}
