#!/bin/sh
# tests/bench.sh BINARY [SCALE...]: wall time of BINARY against its peers
# (ss, net-tools, busybox, toybox, and for -tan and -uan a bare sock_diag
# dump that prints nothing: the kernel's floor), all in this session on the same
# socket population (tests/bench/many.c) in a private network namespace.
#
# SCALE is a population, each in a network namespace of its own: 1k, 10k,
# 20k or 50k sockets held by 50 processes, or 10k-p1 / 20k-p1000, the 10k
# population in one process (20k would pass the 20,000 open files a
# process may have here) and the 20k one held by 1,000 processes (for the
# -p listings).  Default: all of them.  Each listing is run RUNS
# times (default 11), the tools interleaved run by run; the table gives the
# median time of ours and, for each peer, ours divided by the peer's (0.50:
# half the peer's time).  Then -tan with a filter (a port range, a state,
# an address prefix) against ss with the same filter in its own language.
# At 50k, the peak resident size of -tanp, ours and ss's.  A measurement,
# never a pass/fail test.
set -eu
bin=$(realpath "$1"); shift
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-11}
for h in many timeit dump; do make -s -C "$top" "build/bench-$h"; done
[ $# -gt 0 ] || set -- 1k 10k 20k 50k 10k-p1 20k-p1000
if [ -z "${IN_NS:-}" ]; then	# each population in a namespace of its own
	for scale; do
		env IN_NS=1 unshare -n sh "$0" "$bin" "$scale" || exit
	done
	exit 0
fi
ip link set lo up
B=$top/build

# population SCALE: the arguments of many for it
population() {
	case $1 in
	1k) echo -t 200 -l 20 -u 100 -x 100 -p 50 ;;
	10k) echo -t 3500 -l 200 -u 1000 -x 1000 -p 50 ;;
	10k-p*) echo -t 3500 -l 200 -u 1000 -x 1000 -p "${1#10k-p}" ;;
	20k*) echo -t 8000 -l 400 -u 2000 -x 2000 -p "$(p=${1#20k}; p=${p#-p}; echo "${p:-50}")" ;;
	50k) echo -t 20000 -l 1000 -u 5000 -x 5000 -p 50 ;;
	*) echo "bench: no population $1" >&2; exit 2 ;;
	esac
}

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : 0 }'; }

# bench LABEL ARGS NAME=COMMAND...: RUNS rounds, each running ours and
# then every peer once; prints ours' median and ours / peer's median
bench() {
	IFS=' '
	label=$1 args=$2; shift 2
	d=$(mktemp -d)
	ok=
	for p; do	# a peer that cannot do this listing is left out
		# shellcheck disable=SC2086
		if ${p#*=} >/dev/null 2>&1; then ok="$ok$p
"; else cant="${cant:+$cant, }${p%%=*} $label"; fi
	done
	IFS='
'
	# shellcheck disable=SC2086
	set -- $ok
	IFS=' '
	i=0
	while [ $i -lt "$runs" ]; do
		# shellcheck disable=SC2086
		"$B/bench-timeit" "$bin" $args >>"$d/this"
		for p; do
			# shellcheck disable=SC2086
			"$B/bench-timeit" ${p#*=} >>"$d/${p%%=*}" || echo 0 0 >>"$d/${p%%=*}"
		done
		i=$((i + 1))
	done
	us=$(cut -d' ' -f1 "$d/this" | median)
	printf '%-23s %7.1f ms' "$label" "$(echo "$us" | awk '{ print $1 / 1e6 }')"
	for p; do
		t=$(cut -d' ' -f1 "$d/${p%%=*}" | median)
		printf '  %s %s' "${p%%=*}" "$(awk -v a="$us" -v b="$t" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }')"
	done
	echo
	rm -rf "$d"
}

# peers NAME=COMMAND... for listing ARGS, those installed
peers() {
	a=$1
	echo "ss=ss $a"
	[ "$big" ] && return
	echo "net-tools=/usr/bin/netstat $a"
	! command -v busybox >/dev/null || echo "busybox=busybox netstat $a"
	! command -v toybox >/dev/null || echo "toybox=toybox netstat $a"
}

cant=
for scale in "$@"; do
	fifo=$(mktemp -u); mkfifo "$fifo"
	# shellcheck disable=SC2046
	"$B/bench-many" $(population "$scale") <"$fifo" >"$fifo.out" & pop=$!
	exec 3>"$fifo"
	until grep -q ready "$fifo.out" 2>/dev/null; do
		kill -0 $pop 2>/dev/null || { echo "bench: many failed" >&2; exit 1; }
		sleep 0.2
	done
	big=; [ "$scale" != 50k ] || big=1
	echo "== $scale: $(population "$scale")  ($(grep -c '' /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/unix |
		awk -F: '{ n += $2 - 1 } END { print n }') sockets; $runs rounds, median; ours / peer)"
	case $scale in
	*-p*) lists="-tanp -tulpn" ;;
	*) lists="-tan -tln -uan -tulpn -tanp" ;;
	esac
	for l in $lists; do
		extra=
		[ "$l" != -tan ] || extra="bare-dump=$B/bench-dump"
		[ "$l" != -uan ] || extra="bare-dump=$B/bench-dump udp"
		IFS='
'
		# shellcheck disable=SC2046
		bench "$l" "$l" $(peers "$l") $extra
	done
	# the filters, against ss's own (net-tools and the other netstats
	# have none): a port range, a state, an address prefix
	case $scale in *-p*) filters= ;; *) filters='
:5000-5100|( sport >= :5000 and sport <= :5100 ) or ( dport >= :5000 and dport <= :5100 )
state=established|state established
@127.0.0.0/8|src 127.0.0.0/8 or dst 127.0.0.0/8' ;;
	esac
	IFS='
'
	for f in $filters; do
		bench "-tan ${f%%|*}" "-tan ${f%%|*}" "ss=ss -tan ${f#*|}"
	done
	if [ "$scale" = 50k ]; then
		ours=$("$B/bench-timeit" "$bin" -tanp | cut -d' ' -f2)
		theirs=$("$B/bench-timeit" ss -tanp | cut -d' ' -f2)
		echo "peak RSS of -tanp: ours $ours KiB, ss $theirs KiB ($(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }') of ss's)"
	fi
	[ -z "$cant" ] || echo "(cannot: $cant)"
	cant=
	exec 3>&-
	wait $pop
	rm -f "$fifo" "$fifo.out"
done
