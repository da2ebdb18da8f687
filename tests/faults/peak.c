/* peak OUT COMMAND...: runs COMMAND with stdout to the file OUT and prints
 * "STATUS PEAK_KIB" on stdout: its exit status (128+N if killed by signal
 * N) and its peak resident size, VmHWM of /proc/PID/status read at its
 * exit (PTRACE_O_TRACEEXIT stops it there).  getrusage()'s ru_maxrss will
 * not do: it also counts what the forked child held before exec (python's
 * or time(1)'s own pages), more than a small static netstat ever needs.
 * For tests/faults.sh.  SPDX-License-Identifier: 0BSD */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

static long hwm(pid_t pid)
{
	char path[64], line[256];
	long kib = -1;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	if (!(f = fopen(path, "r")))
		return -1;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "VmHWM:", 6))
			kib = strtol(line + 6, 0, 10);
	fclose(f);
	return kib;
}

int main(int argc, char **argv)
{
	long peak = -1;
	int st, fd;
	pid_t pid;

	if (argc < 3) {
		fputs("usage: peak OUT COMMAND...\n", stderr);
		return 2;
	}
	if ((fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0)
		return perror(argv[1]), 2;
	if ((pid = fork()) < 0)
		return perror("fork"), 2;
	if (!pid) {
		dup2(fd, 1);
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execvp(argv[2], argv + 2);	/* stops with SIGTRAP */
		perror(argv[2]);
		_exit(127);
	}
	close(fd);
	if (waitpid(pid, &st, 0) != pid || !WIFSTOPPED(st))
		return fputs("peak: child did not stop at exec\n", stderr), 2;
	ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL);
	ptrace(PTRACE_CONT, pid, 0, 0);
	for (;;) {
		if (waitpid(pid, &st, 0) != pid)
			return perror("waitpid"), 2;
		if (WIFEXITED(st) || WIFSIGNALED(st))
			break;
		if (st >> 8 == (SIGTRAP | PTRACE_EVENT_EXIT << 8)) {
			peak = hwm(pid);
			ptrace(PTRACE_CONT, pid, 0, 0);
		} else if (st >> 8 == (SIGTRAP | PTRACE_EVENT_EXEC << 8)) {
			ptrace(PTRACE_CONT, pid, 0, 0);	/* a script's interpreter */
		} else	/* a signal: deliver it */
			ptrace(PTRACE_CONT, pid, 0, WSTOPSIG(st));
	}
	printf("%d %ld\n", WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), peak);
	return 0;
}
