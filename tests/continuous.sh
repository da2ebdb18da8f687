#!/bin/sh
# tests/continuous.sh BINARY: -c repeats the listing every second until
# interrupted, as net-tools does (which has its own quirks: -i prints its
# title once, -g reads igmp as igmp6 from the second round on), and does
# not grow.  In a private network namespace with the live socket
# population, for each flag set, "BINARY -c ARGS" and "/usr/bin/netstat -c
# ARGS" run side by side for 3.5 s: the lines both printed must be the
# same (-g only for IPv6: net-tools reads IPv4 groups with stale memory from
# its second round on), there must be at least two listings' worth of them, and our
# resident size must not change from the second listing to the fourth.
me=continuous
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"
sockpop_start

for args in "-tn" "-tuln" "-xn" "-anp" "-rn" "-r6n" "-in" "-gn6"; do
	"$REF" $args >"$T/one" 2>/dev/null
	"$REF" -c $args >"$T/ref.c" 2>/dev/null & r=$!
	"$bin" -c $args >"$T/bin.c" 2>/dev/null & p=$!
	sleep 1.4; rss1=$(awk '/^VmRSS/ { print $2 }' /proc/$p/status)
	sleep 2; rss2=$(awk '/^VmRSS/ { print $2 }' /proc/$p/status)
	sleep 0.1
	kill $p $r; wait $p $r 2>/dev/null	# (SIGINT is ignored in background jobs)
	a=$(wc -l <"$T/ref.c") b=$(wc -l <"$T/bin.c")
	n=$((a < b ? a : b))
	same=yes
	[ "$(head -n "$n" "$T/ref.c" | cksum)" = "$(head -n "$n" "$T/bin.c" | cksum)" ] || same=no
	if [ $same = yes ] && [ "$n" -ge $((2 * $(wc -l <"$T/one"))) ] && [ "$rss1" = "$rss2" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL -c $args: $n common lines, identical: $same, VmRSS $rss1 -> $rss2 kB"
		head -n "$n" "$T/ref.c" | diff - "$T/bin.c" | head -n 20
	fi
done
live_end
[ "$fail" -eq 0 ]
