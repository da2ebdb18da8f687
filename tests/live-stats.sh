#!/bin/sh
# Live differential test of -s / --statistics: BINARY against Debian's
# net-tools /usr/bin/netstat on the counters of a private network namespace.
#
#   sh tests/live-stats.sh BINARY      (as root: unshare -n -m, setpriv)
#
# Inside `unshare -n -m` (loopback only) a small C program makes TCP, UDP,
# UDP-Lite and ICMP echo traffic over 127.0.0.1 and ::1, so that the
# counters, the ICMP histograms and the unknown sections have values.
# Counters move while the tools run, so every case runs net-tools, then
# BINARY, then net-tools again: the text around the numbers must be the
# same in all three (and stderr and the exit status too), and each number
# of BINARY must lie between the two numbers net-tools printed at that
# place.  A case whose three outputs disagree is run again (5 tries).
# First pass: the namespace is quiet.  Second pass: the traffic goes on
# in the background while a few cases run.
#
# Failing cases print a diff against the first net-tools run; the last
# line is "stats: N passed, M failed".  Exit 1 if M > 0, 2 if the test
# could not run.  Environment: LIVE_REF (default /usr/bin/netstat),
# CC (default: gcc, cc or musl-gcc, the first found).
#
# SPDX-License-Identifier: 0BSD

# one case a line: uid, then the arguments (split at blanks)
CASES='
0 -s
0 -st
0 -su
0 -sw
0 -sU
0 -sS
0 -s4
0 -s6
0 -st6
0 -su6
0 -sw6
0 -sU6
0 -stuw
0 -stuw6
0 --statistics
0 --statistics --tcp --udp
0 --statistics --raw --inet6
0 --statistics --inet
0 --statistics --sctp
0 -sA inet
0 -sA inet6
0 -s -A inet6 -t
0 -s --protocol=inet6
0 -sA unix
0 -sx
0 -s46
0 -sA inet,inet6
0 -s --bluetooth
0 -sc
0 -s -e -n -a -p -v
65534 -s
65534 -s6
'
# with traffic going on
BUSY='
0 -s
0 -st
0 -s6
0 -su6
'

me=stats
TRIES=5
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"

# ---- the traffic maker -------------------------------------------------------
cat >"$T/traffic.c" <<'EOF'
/* loopback traffic: TCP with data and a refused connection, UDP and UDP-Lite
 * to a bound and to a closed port, ICMP echo; IPv4 and IPv6; argv[1] rounds */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static socklen_t addr(struct sockaddr_storage *ss, int v6, int port)
{
	memset(ss, 0, sizeof(*ss));
	if (v6) {
		struct sockaddr_in6 *s = (void *)ss;
		s->sin6_family = AF_INET6;
		s->sin6_port = htons(port);
		s->sin6_addr = in6addr_loopback;
		return sizeof(*s);
	} else {
		struct sockaddr_in *s = (void *)ss;
		s->sin_family = AF_INET;
		s->sin_port = htons(port);
		s->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		return sizeof(*s);
	}
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 3, r, v6, p, one = 1;
	struct sockaddr_storage ss;
	static char buf[4096];
	socklen_t n;

	for (r = 0; r < rounds; r++)
		for (v6 = 0; v6 < 2; v6++) {
			int fam = v6 ? AF_INET6 : AF_INET, l, c, a, u, u2;

			l = socket(fam, SOCK_STREAM, 0);
			if (l < 0)
				continue;	/* no IPv6 here */
			setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
			n = addr(&ss, v6, 7001);
			bind(l, (void *)&ss, n);
			listen(l, 4);
			c = socket(fam, SOCK_STREAM, 0);
			if (!connect(c, (void *)&ss, n) && (a = accept(l, 0, 0)) >= 0) {
				if (write(c, buf, sizeof(buf)) > 0 && read(a, buf, sizeof(buf)) > 0
				    && write(a, buf, 100) > 0)
					n = read(c, buf, sizeof(buf));
				close(a);
			}
			close(c);
			close(l);
			c = socket(fam, SOCK_STREAM, 0);
			n = addr(&ss, v6, 7002);
			connect(c, (void *)&ss, n);
			close(c);
			for (p = 0; p < 2; p++) {
				u = socket(fam, SOCK_DGRAM, p ? IPPROTO_UDPLITE : 0);
				n = addr(&ss, v6, 7003);
				bind(u, (void *)&ss, n);
				u2 = socket(fam, SOCK_DGRAM, p ? IPPROTO_UDPLITE : 0);
				sendto(u2, buf, 10, 0, (void *)&ss, n);
				usleep(1000);
				recv(u, buf, sizeof(buf), MSG_DONTWAIT);
				n = addr(&ss, v6, 7004);
				sendto(u2, buf, 10, 0, (void *)&ss, n);
				usleep(1000);
				close(u);
				close(u2);
			}
			u = socket(fam, SOCK_RAW, v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP);
			if (u >= 0) {
				/* echo request; the v4 checksum of type 8, the rest 0 */
				unsigned char e[16] = { v6 ? 128 : 8, 0, v6 ? 0 : 0xf7, v6 ? 0 : 0xff };
				n = addr(&ss, v6, 0);
				sendto(u, e, sizeof(e), 0, (void *)&ss, n);
				usleep(1000);
				close(u);
			}
		}
	return 0;
}
EOF
cc=${CC:-}
if [ -z "$cc" ]; then
	for c in gcc cc musl-gcc; do
		command -v "$c" >/dev/null 2>&1 && { cc=$c; break; }
	done
fi
[ -n "$cc" ] && "$cc" -O1 -o "$T/traffic" "$T/traffic.c" ||
	{ echo "$me: cannot build the traffic maker (no C compiler?)" >&2; exit 2; }
"$T/traffic" 3 || { echo "$me: the traffic maker failed" >&2; exit 2; }

# check CASES PASS: net-tools, BINARY and net-tools again, up to TRIES times
check() {
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		u=${line%% *} args=${line#* }
		ok=1 try=0
		while [ $ok = 1 ] && [ $try -lt $TRIES ]; do
			# shellcheck disable=SC2086  # word splitting is intended
			{ run ref "$u" $args; run bin "$u" $args; run ref2 "$u" $args; }
			between "$T/run/ref" "$T/run/bin" "$T/run/ref2" && ok=0
			try=$((try + 1))
		done
		tally $ok "[$2, uid $u] netstat $args"
	done <<EOF
$1
EOF
}

check "$CASES" quiet
"$T/traffic" 400 >/dev/null 2>&1 &
BG=$!
check "$BUSY" busy
live_end
[ "$fail" -eq 0 ]
