/* timeit COMMAND...: runs COMMAND once with its output thrown away and
 * prints "NANOSECONDS MAXRSS_KIB" of it (wall time, peak resident size).
 * For tests/bench.sh.
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec a, b;
	struct rusage ru;
	int st, fd;
	pid_t p;

	if (argc < 2)
		return fputs("usage: timeit COMMAND...\n", stderr), 2;
	clock_gettime(CLOCK_MONOTONIC, &a);
	if (!(p = fork())) {
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1), dup2(fd, 2);
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	if (p < 0 || wait4(p, &st, 0, &ru) < 0)
		return perror("timeit"), 1;
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%lld %ld\n", (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec),
	       ru.ru_maxrss);
	return WIFEXITED(st) && WEXITSTATUS(st) == 127;
}
