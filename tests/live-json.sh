#!/bin/sh
# Live test of --json: BINARY's JSON documents against its own text output
# of the same command, against net-tools' /usr/bin/netstat text, the
# kernel's counter files and /proc, on the socket population of
# tests/live/sockpop.c (plus a TCP connection with keepalive timers, and a
# veth pair with odd names, a few routes and a multicast group for -r, -i,
# -g), inside a private network and mount namespace
# (/etc/resolv.conf sends DNS to 127.0.0.1, where nothing answers).
#
#   sh tests/live-json.sh BINARY     (as root: unshare -n -m, setpriv, ip, gcc)
#
# The specification checked (tests/live/jsoncheck.py reads it this way):
# - "--json" turns any listing into ONE JSON document on stdout, on one line
#   followed by "\n" (with -c one such line per round); stderr and the exit
#   status are exactly those of the same command without --json.
# - Socket listings: an array of the rows in the order the text prints them,
#   no headers.  Inet row keys, in this order: proto, recv_q, send_q, local,
#   foreign ({address (numeric; v4-mapped as IPv4), port, host (only when
#   hosts are resolved: what the text would print before the ':' if it were
#   not cut), service (only when ports are resolved; "*" for port 0)}),
#   state (null where the column is empty; raw's number as a string), uid,
#   inode, user (-e without numeric users; null when /etc/passwd has none),
#   pid and program (-p, --exe, --cmdline, pid=, cmd=; the whole name, not
#   escaped; null when unknown), exe (--exe), cmdline (--cmdline: NULs
#   between arguments as blanks, trailing NULs dropped), timer (-o: kind,
#   seconds with 2 decimals, retransmits, probes), v6only (--dual-stack, on
#   the inet6 listening / unconnected rows sock_diag knows).  Unix rows:
#   proto "unix", refcnt, flags (of ACC W N), type, state, inode, path (the
#   kernel's: '@' for NULs of abstract names; null if none), then pid,
#   program, exe, cmdline as above.
# - -r, -i, -g: an array of objects, one per row, keyed by the words of the
#   text's header ("Next Hop" one key), values the row's words: integers as
#   numbers, "-" as null, the rest strings; -ie gives -i's objects.
# - -s: an object of the sections the text prints, each with every counter
#   of that section in /proc/net/snmp, netstat, snmp6 (sections named up to
#   the first '6'), sctp/snmp, as signed numbers.
# - Strings: '"' and '\' escaped, controls (C0, DEL, C1 U+0080-U+009F) and
#   bytes that are not valid UTF-8 as \u00XX, valid UTF-8 as is, NUL as a
#   blank; no other escapes.
#
# 1. Each socket listing of tests/live.sh's CASES (help, version and usage
#    errors aside: its "~" and "?" lines), and the cases below: ours without
#    --json, ours with it, net-tools without it; as uids 0 and 65534, with
#    NETSTAT_SOURCE=proc and =netlink.  The document must parse (Python's
#    json, strict, no duplicate keys), be one line, and match our text row
#    by row, every column the text shows (numbers that move, timers and
#    interface counters, must lie between those of our text before and of
#    net-tools' text after, else the case runs again, three times at most),
#    and net-tools' rows for the same flags (without our options and
#    operands, with -e for uid and inode: the same rows in the same order,
#    or for operands some of them in order); program, exe and cmdline must
#    be what /proc says of that pid, which must hold the socket; host and
#    service must name address and port in /etc/hosts, /etc/services.  -s:
#    each counter between the kernel file's values just before and just
#    after the run.
# 2. Hostile names (tests/live/jsoncheck.py pop): processes whose argv holds a
#    newline, ESC, '"', '\', invalid and valid UTF-8, C1 controls (half of
#    them as uid 65534), one whose argv[0] is longer than 511 bytes, one of
#    a uid /etc/passwd lacks, one whose program file is deleted (in a
#    directory with such bytes in its name); unix sockets whose paths (up
#    to 107 bytes) and abstract names (one with NULs) hold such bytes.
#    -xap, -tanp --cmdline, -tae, -tlnp --exe (with --json) must give
#    exactly the strings the rules make of those bytes, decoded and as JSON
#    text.  A path with a newline is expected as /proc/net/unix shows it:
#    up to the newline.
# 3. --json -c -tan for 2.5 s (timeout): every line one whole document.
# The last line is "live-json: N passed, M failed"; exit status 1 if M > 0,
# 2 if the suite could not run.
#
# Environment: LIVE_REF, LIVE_TIMEOUT, LIVE_KEEP (see tests/live/lib.sh),
# LIVE_UIDS (default "0 65534"), LIVE_SOURCES (default "proc netlink").
#
# SPDX-License-Identifier: 0BSD

# ---- cases: one per line, the arguments of netstat (without --json), split
# at blanks; "-" alone: none.  tests/live.sh's CASES come first. ----------
CASES='
#--- -r -i -g
-r
-rn
-re
-ree
-r -6
-rn6
-rC
-i
-ia
-ie
-g
-gn
-gx
-g6
-r -A ax25
#--- -s
-s
-st
-su
-sw
-s6
-su6
-sx
#--- filters
-tan :22
-tan state=LISTEN
-tan @127.0.0.1
-an :31000-31099
-tan @::1
-ta :ssh
-ax state=LISTENING
-anp cmd=sockpop
-an cmd=sockpop-d
-tane user=nobody
#--- --dual-stack
--dual-stack -tuln
--dual-stack -tuan
--dual-stack -tuln4
--dual-stack -tulpen
--dual-stack -Uan
#--- timers, --exe, --cmdline
-tanpo
-taneo
-tlnp --exe
-anp --exe
-axp --exe
-tan --cmdline
-ax --cmdline
-taupo --cmdline
-uan --cmdline -e
-tlnW --cmdline
'

me=live-json
UIDS=${LIVE_UIDS:-0 65534}
SOURCES=${LIVE_SOURCES:-proc netlink}
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"
J=$here/live/jsoncheck.py
# the system python3 (a python3 earlier in PATH may not be readable by uid 65534)
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)
command -v gcc >/dev/null || { echo "$me: needs gcc" >&2; exit 2; }

# check STATUS LABEL MESSAGE-FILE: tally a check of the document
check() {
	if [ "$1" -eq 0 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $2"
		[ ! -s "${3:-/dev/null}" ] || sed 's/[[:blank:]]$/&$/' "$3" | head -n 40
	fi
}

# ---- the state: DNS to nowhere, veth pairs with routes and a group, the
# sockets ------------------------------------------------------------------
mkdir -p "$T/etc"
etc_bind
quiet_ipv6
# interface names are the kernel's bytes, printed as they are: j"\<ESC><FF>
# and j<e acute><C1 CSI>
i0=$(printf 'j"\\\033\377') i1=$(printf 'j\303\251\302\233')
if ip link add "$i0" type veth peer name "$i1" 2>/dev/null; then
	ip link set "$i0" up && ip link set "$i1" up &&
		ip addr add 198.51.100.1/24 dev "$i0" &&
		ip addr add 2001:db8::1/64 dev "$i0" nodad &&
		ip route add 203.0.113.0/24 via 198.51.100.2 metric 7 &&
		ip route add unreachable 192.0.2.0/24 &&
		ip -6 route add 2001:db8:1::/48 via 2001:db8::2 &&
		ip addr add 239.1.2.3/32 dev "$i0" autojoin || { echo "$me: cannot set up a veth pair" >&2; exit 2; }
	# and a pair that is down: -i leaves it out, -ia not
	ip link add jdown0 type veth peer name jdown1 ||
		{ echo "$me: cannot set up a veth pair" >&2; exit 2; }
else
	echo "$me: warning: no veth: -r, -i and -g see lo alone" >&2
fi
sockpop_start
# and a connection with keepalive timers (python3 holds it)
mkfifo "$T/ka.in" || exit 2
(cd / && exec "$PY" "$J" keepalive) <"$T/ka.in" >"$T/ka.out" 2>"$T/ka.err" &
BG=$! # live_cleanup kills it
exec 7>"$T/ka.in"
await_ready "jsoncheck.py keepalive" "$BG" "$T/ka"
"$PY" "$here/live/find.py" v6only >"$T/v6only" || { echo "$me: cannot read IPV6_V6ONLY" >&2; exit 2; }
diag_missing=$(python3 "$here/live/diag-probe.py" | tr ' ' '|') || exit 2

# tests/live.sh's cases without its help, version and usage errors, and ours
sed -n "/^CASES='\$/,/^'\$/p" "$here/live.sh" | sed '1d;$d' |
	grep -v '^[~?]' | sed 's/^%//' >"$T/cases"
nlive=$(grep -cv '^\(#\|$\)' "$T/cases")
[ "$nlive" -ge 100 ] || { echo "$me: only $nlive cases from tests/live.sh" >&2; exit 2; }
echo "$CASES" >>"$T/cases"
"$PY" "$J" plan "$T/cases" >"$T/plan" || { echo "$me: jsoncheck.py plan failed" >&2; exit 2; }

# snap DIR: the counter files now
snap() {
	mkdir -p "$1"
	for f in snmp netstat snmp6; do
		cat "/proc/net/$f" >"$1/$f" 2>/dev/null
	done
	cat /proc/net/sctp/snmp >"$1/sctp_snmp" 2>/dev/null
}

# ---- 1. every case ------------------------------------------------------------
# run_case DIR N KIND ARGS JSON_ARGS ROWS_ARGS REF_ARGS FLAGS (a line of the
# plan): the runs of one case, as uid $u, into DIR/N
run_case() {
	rm -rf "$T/run" && mkdir "$T/run" || exit 2
	# shellcheck disable=SC2086
	run bin "$u" $4
	# shellcheck disable=SC2086
	[ "$6" = "$4" ] || run bin1 "$u" $6
	[ "$3" != stats ] || snap "$T/run/pre"
	# shellcheck disable=SC2086
	run bin2 "$u" $5
	[ "$3" != stats ] || snap "$T/run/post"
	# shellcheck disable=SC2086
	run ref "$u" $7
	# shellcheck disable=SC2086
	case $8 in *after*) run bin3 "$u" $6 ;; esac
	rm -rf "${1:?}/${2:?}" && mv "$T/run" "$1/$2" && mkdir "$T/run" || exit 2
}

# each case as each uid, with each source; then jsoncheck.py checks them all,
# and runs again (twice at most) those whose moving numbers left their bracket
for source in $SOURCES; do
	for u in $UIDS; do
		D=$T/c/$source.$u
		mkdir -p "$D" || exit 2
		while IFS='|' read -r n kind args jargs rargs fargs flags; do
			run_case "$D" "$n" "$kind" "$args" "$jargs" "$rargs" "$fargs" "$flags"
		done <"$T/plan"
		"$PY" "$J" check-all "$T/plan" "$D" "$T/v6only" >"$D/status" ||
			{ echo "$me: jsoncheck.py check-all failed" >&2; exit 2; }
		for _ in 1 2; do
			again=$(awk '$2 == 3 { print $1 }' "$D/status")
			[ -n "$again" ] || break
			for n in $again; do
				sed -n "${n}p" "$T/plan" >"$T/line"
				IFS='|' read -r n kind args jargs rargs fargs flags <"$T/line"
				run_case "$D" "$n" "$kind" "$args" "$jargs" "$rargs" "$fargs" "$flags"
			done
			# shellcheck disable=SC2086
			"$PY" "$J" check-all "$T/plan" "$D" "$T/v6only" $again >"$D/again" ||
				{ echo "$me: jsoncheck.py check-all failed" >&2; exit 2; }
			awk 'NR == FNR { st[$1] = $2; next } { print $1, ($1 in st ? st[$1] : $2) }' \
				"$D/again" "$D/status" >"$D/status2" && mv "$D/status2" "$D/status"
		done
		while IFS='|' read -r n kind args jargs rargs fargs flags; do
			st=$(awk -v n="$n" '$1 == n { print $2 }' "$D/status")
			check "${st:-1}" "[uid $u, $source] netstat $jargs" "$D/$n/msg"
		done <"$T/plan"
	done
done

# ---- 2. hostile names ---------------------------------------------------------
R=$T/run
gcc -O2 -Wall -o "$T/oddproc" "$here/live/oddproc.c" || { echo "$me: cannot build oddproc" >&2; exit 2; }
chmod 755 "$T/oddproc"
mkfifo "$T/pop.in" || exit 2
(cd / && exec "$PY" "$J" pop "$T" "$T/oddproc") <"$T/pop.in" >"$T/pop.out" 2>"$T/pop.err" &
HP=$! # ends at EOF on its stdin: below, or when this shell exits
exec 8>"$T/pop.in"
await_ready "jsoncheck.py pop" "$HP" "$T/pop"
for source in $SOURCES; do
	for u in $UIDS; do
		for args in "-xap" "-tanp --cmdline" "-tae" "-tlnp --exe"; do
			rm -rf "$R" && mkdir "$R"
			# shellcheck disable=SC2086
			run bin "$u" $args
			# shellcheck disable=SC2086
			run bin2 "$u" --json $args
			# shellcheck disable=SC2086
			"$PY" "$J" hostile "$R" "$u" "$T/hostile.json" "$T/v6only" $args >"$T/msg" 2>&1
			check $? "[uid $u, $source] hostile names: netstat --json $args" "$T/msg"
		done
	done
done
exec 8>&-
wait "$HP"

# ---- 3. -c: one document a round -------------------------------------------
for source in $SOURCES; do
	rm -rf "$R" && mkdir "$R"
	run bin1 0 -tan
	TMO=2.5
	(run bin 0 -c -tan) &
	p1=$!
	(run bin2 0 --json -c -tan) &
	p2=$!
	wait "$p1"
	wait "$p2"
	TMO=${LIVE_TIMEOUT:-20}
	"$PY" "$J" continuous "$R" "$T/v6only" >"$T/msg" 2>&1
	check $? "[uid 0, $source] netstat --json -c -tan (2.5 s)" "$T/msg"
done

source=
live_end
[ "$fail" -eq 0 ]
