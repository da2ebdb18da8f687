/* failsys WHAT COMMAND...: runs COMMAND with one kind of system call made
 * to fail by a seccomp filter, to test netstat's fallback from sock_diag
 * to /proc:
 *   socket  socket(AF_NETLINK, ...) fails with EPROTONOSUPPORT
 *   send    sendto() and sendmsg() fail with EPERM
 *   recv    recvfrom() and recvmsg() fail with EIO
 * (netstat makes none of these calls but for sock_diag: its DNS client
 * stays off with -n).  Needs no privilege (PR_SET_NO_NEW_PRIVS).
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#define LOAD(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))
#define IF_EQ(k, skip) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (k), 0, (skip))
#define RET(v) BPF_STMT(BPF_RET | BPF_K, (v))
#define ALLOW RET(SECCOMP_RET_ALLOW)
#define FAIL(e) RET(SECCOMP_RET_ERRNO | (e))

int main(int argc, char **argv)
{
	struct sock_filter socket_f[] = {
		LOAD(nr), IF_EQ(SYS_socket, 3), LOAD(args[0]), IF_EQ(AF_NETLINK, 1),
		FAIL(EPROTONOSUPPORT), ALLOW,
	}, send_f[] = {
		LOAD(nr), IF_EQ(SYS_sendto, 1), FAIL(EPERM), IF_EQ(SYS_sendmsg, 1), FAIL(EPERM), ALLOW,
	}, recv_f[] = {
		LOAD(nr), IF_EQ(SYS_recvfrom, 1), FAIL(EIO), IF_EQ(SYS_recvmsg, 1), FAIL(EIO), ALLOW,
	};
	struct sock_fprog prog;

	if (argc < 3) {
		fputs("usage: failsys socket|send|recv COMMAND...\n", stderr);
		return 2;
	}
	if (!strcmp(argv[1], "socket"))
		prog.filter = socket_f, prog.len = sizeof(socket_f) / sizeof(*socket_f);
	else if (!strcmp(argv[1], "send"))
		prog.filter = send_f, prog.len = sizeof(send_f) / sizeof(*send_f);
	else if (!strcmp(argv[1], "recv"))
		prog.filter = recv_f, prog.len = sizeof(recv_f) / sizeof(*recv_f);
	else {
		fprintf(stderr, "failsys: no such fault: %s\n", argv[1]);
		return 2;
	}
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
		perror("failsys: seccomp");
		return 2;
	}
	execvp(argv[2], argv + 2);
	perror("failsys: exec");
	return 127;
}
