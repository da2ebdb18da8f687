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
set -u
bin=$(realpath "$1")
cd "$(dirname "$0")/.."
if [ -z "${IN_NS:-}" ]; then
	gcc -O2 -Wall -o build/sockpop tests/live/sockpop.c || exit 2
	exec env IN_NS=1 unshare -n sh "$0" "$bin"
fi
ip link set lo up
T=$(mktemp -d)
mkfifo "$T/in"
build/sockpop <"$T/in" >"$T/ready" 2>/dev/null & pop=$!
exec 3>"$T/in"
trap 'exec 3>&-; wait $pop; rm -rf "$T"' EXIT
until grep -q ready "$T/ready"; do sleep 0.1; done

pass=0 fail=0
for args in "-tn" "-tuln" "-xn" "-anp" "-rn" "-r6n" "-in" "-gn6"; do
	/usr/bin/netstat $args >"$T/one" 2>/dev/null
	/usr/bin/netstat -c $args >"$T/ref" 2>/dev/null & r=$!
	"$bin" -c $args >"$T/out" 2>/dev/null & p=$!
	sleep 1.4; rss1=$(awk '/^VmRSS/ { print $2 }' /proc/$p/status)
	sleep 2; rss2=$(awk '/^VmRSS/ { print $2 }' /proc/$p/status)
	sleep 0.1
	kill $p $r; wait $p $r 2>/dev/null	# (SIGINT is ignored in background jobs)
	a=$(wc -l <"$T/ref") b=$(wc -l <"$T/out")
	n=$((a < b ? a : b))
	same=yes
	[ "$(head -n "$n" "$T/ref" | cksum)" = "$(head -n "$n" "$T/out" | cksum)" ] || same=no
	if [ $same = yes ] && [ "$n" -ge $((2 * $(wc -l <"$T/one"))) ] && [ "$rss1" = "$rss2" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL -c $args: $n common lines, identical: $same, VmRSS $rss1 -> $rss2 kB"
		head -n "$n" "$T/ref" | diff - "$T/out" | head -n 20
	fi
done
echo "continuous: $pass passed, $fail failed"
[ "$fail" = 0 ]
