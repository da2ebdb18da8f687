/* many N: N loopback TCP connections (2N sockets) and N unix socket
 * pairs in the current network namespace; prints "ready", then waits for
 * stdin to close.  For the benchmark only. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1000, i, l, sv[2];
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(7777) };
	struct rlimit r = { 8 * n + 64, 8 * n + 64 };
	socklen_t len = sizeof(a);

	setrlimit(RLIMIT_NOFILE, &r);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	l = socket(AF_INET, SOCK_STREAM, 0);
	if (l < 0 || bind(l, (void *)&a, sizeof(a)) || listen(l, 4096))
		return perror("listen"), 1;
	for (i = 0; i < n; i++) {
		int c = socket(AF_INET, SOCK_STREAM, 0);
		if (c < 0 || connect(c, (void *)&a, sizeof(a)) || accept(l, (void *)&a, &len) < 0
		    || socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
			return perror("connect"), 1;
		a.sin_port = htons(7777);
	}
	puts("ready");
	fflush(stdout);
	while (getchar() != EOF)
		;
	return 0;
}
