#!/bin/sh
# tests/bench.sh BINARY [N]: wall time of BINARY against its peers (ss,
# net-tools, busybox, toybox), all run in this session on the same N
# loopback connections (2N tcp rows) and N unix pairs, in a private network
# namespace.  Prints per listing the mean time of each tool and its ratio
# to BINARY.  A measurement, never a pass/fail test.
set -eu
bin=$(realpath "$1"); n=${2:-2000}; runs=${RUNS:-20}
top=$(dirname "$0")/..
make -s -C "$top" build/bench-many
[ -n "${IN_NS:-}" ] || exec env IN_NS=1 unshare -n sh "$0" "$@"
ip link set lo up
fifo=$(mktemp -u); mkfifo "$fifo"
"$top/build/bench-many" "$n" <"$fifo" >"$fifo.out" & pop=$!
exec 3>"$fifo"
trap 'exec 3>&-; wait $pop; rm -f "$fifo" "$fifo.out"' EXIT
until grep -q ready "$fifo.out" 2>/dev/null; do sleep 0.1; done

now() { date +%s%N; }
mean() {	# mean nanoseconds of $runs runs of "$@"
	t0=$(now); i=0
	while [ $i -lt "$runs" ]; do "$@" >/dev/null 2>&1 || true; i=$((i + 1)); done
	echo $(( ($(now) - t0) / runs ))
}
row() {		# label, our args, then peer name/command pairs
	label=$1 ours=$2; shift 2
	base=$(mean "$bin" $ours)
	printf '%-10s %-22s %9d us   1.00\n' "$label" "netstat (this)" $((base / 1000))
	while [ $# -ge 2 ]; do
		name=$1 cmd=$2; shift 2
		tool=${cmd%% *}
		command -v "$tool" >/dev/null 2>&1 || { printf '%-10s %-22s   (not installed)\n' "$label" "$name"; continue; }
		$cmd >/dev/null 2>&1 || { printf '%-10s %-22s   (cannot do this: exit %d)\n' "$label" "$name" $?; continue; }
		t=$(mean $cmd)
		printf '%-10s %-22s %9d us %6d.%02d\n' "$label" "$name" $((t / 1000)) \
			$((t / base)) $((t * 100 / base % 100))
	done
}
echo "benchmark: $n tcp connections + $n unix pairs, $runs runs each, mean wall time; ratio = peer / this"
row "-tan" "-tan" ss "ss -tan" net-tools "/usr/bin/netstat -tan" \
	busybox "busybox netstat -tan" toybox "toybox netstat -tan"
row "-tanp" "-tanp" ss "ss -tanp" net-tools "/usr/bin/netstat -tanp" \
	busybox "busybox netstat -tanp" toybox "toybox netstat -tanp"
row "-xan" "-xan" ss "ss -xan" net-tools "/usr/bin/netstat -xan" \
	busybox "busybox netstat -xan" toybox "toybox netstat -xan"
