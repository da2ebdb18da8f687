/* dump [udp]: the TCP (or UDP) sockets of this network namespace (IPv4,
 * then IPv6) as bare sock_diag dumps that print nothing: the kernel's
 * floor for netstat -tan (-uan).  For tests/bench.sh.
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static char buf[32768];

static int dump(int fd, int family, int protocol)
{
	struct {
		struct nlmsghdr n;
		struct inet_diag_req_v2 r;
	} q;
	struct nlmsghdr *h;
	int rows = 0;
	ssize_t n;

	memset(&q, 0, sizeof(q));
	q.n.nlmsg_len = sizeof(q);
	q.n.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	q.n.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	q.r.sdiag_family = family;
	q.r.sdiag_protocol = protocol;
	q.r.idiag_states = 0xffe;
	if (send(fd, &q, sizeof(q), 0) != sizeof(q))
		return -1;
	while ((n = recv(fd, buf, sizeof(buf), 0)) > 0)
		for (h = (void *)buf; NLMSG_OK(h, n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				return rows;
			rows++;
		}
	return -1;
}

int main(int argc, char **argv)
{
	int fd = socket(AF_NETLINK, SOCK_DGRAM, NETLINK_SOCK_DIAG);
	int p = argc > 1 && !strcmp(argv[1], "udp") ? IPPROTO_UDP : IPPROTO_TCP;

	return fd < 0 || dump(fd, AF_INET, p) < 0 || dump(fd, AF_INET6, p) < 0;
}
