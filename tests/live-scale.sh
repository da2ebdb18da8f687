#!/bin/sh
# Scale test: BINARY against net-tools on a population of some 22,000
# sockets (tests/bench/many.c: 8,000 TCP connections, a quarter of them
# v4-mapped through an IPv6 listener, every eighth in TIME_WAIT; 500
# listeners, some with a backlog; 200 SYN_RECV; 2,000 UDP sockets, half connected; 2,000
# unix pairs; held by 50 processes), in a private network namespace, as
# root, with both of our sources (NETSTAT_SOURCE=proc and netlink, as in
# tests/live.sh).  The population stands still but for its TIME_WAIT
# sockets, which the kernel drops 60 s after it was made: a case that
# differs runs once more.
#
#   sh tests/live-scale.sh BINARY        (as root)
#
# SCALE_CASES replaces the list of flag sets.  With SCALE_NOMEM=BINARY2
# (a build whose -p maps may not grow past 1 KiB: make build/test-no-memory/
# netstat), one more case: BINARY2 -tanp says once on stderr that memory
# ran out, prints net-tools' rows, some with "-" for the program, and
# exits 0.
#
# The last line is "scale: N passed, M failed".
#
# SPDX-License-Identifier: 0BSD
CASES='
-tan
-uan
-an
-tane
-tanp
-tulpn
-lntu
'
me=scale
UIDS=0
SOURCES=${LIVE_SOURCES:-proc netlink}
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"
sockpop_start bench-many -t 8000 -l 400 -s 200 -u 2000 -x 2000 -p 50
rows=$(cat /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/unix | wc -l)
[ "$rows" -ge 20000 ] || { echo "$me: only $rows sockets" >&2; exit 2; }
retry=1
[ -z "${SCALE_CASES:-}" ] || CASES=$SCALE_CASES
live_cases

if [ -n "${SCALE_NOMEM:-}" ]; then
	cp "$SCALE_NOMEM" "$T/bin/netstat" || exit 2
	run ref 0 -tanp
	run bin 0 -tanp
	echo "netstat: out of memory: some sockets show no program" >"$T/nomem.err"
	# every row as net-tools', or with "-" for its program; some with "-"
	cmp -s "$T/nomem.err" "$T/run/bin.err" && [ "$(cat "$T/run/bin.rc")" = 0 ] &&
		awk 'NR == FNR { ref[FNR] = $0; n = FNR; next }
			{ if ($0 != ref[FNR]) { if (substr($0, 1, 80) != substr(ref[FNR], 1, 80) ||
				substr($0, 81, 2) != "- ") exit 1; dash++ } }
			END { exit !(FNR == n && dash > 0) }' "$T/run/ref.out" "$T/run/bin.out"
	tally $? "no memory: netstat -tanp"
fi
live_end
[ "$fail" -eq 0 ]
