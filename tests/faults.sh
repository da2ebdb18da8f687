#!/bin/sh
# Faults: what BINARY does when its world misbehaves.
#
#   sh tests/faults.sh BINARY      (as root: unshare, setpriv, gcc, python3)
#
# Runs in private network, mount and PID namespaces (the host is never
# touched; every process dies with the namespace), with the files of
# tests/fixtures/etc in /etc as tests/fixtures.sh has them (tests/etc.sh).
# Sections:
#
#  1 write  stdout is /dev/full: stderr exactly "netstat: write error: No
#           space left on device", exit 1 (net-tools exits 0 and loses the
#           output: a deviation, not compared).  stdout a pipe whose reader
#           has gone (tests/faults/pipe.py), before the first write or in
#           the middle of a listing larger than the pipe: SIGPIPE ignored,
#           empty stderr and exit 1; SIGPIPE at its default, empty stderr
#           and killed by SIGPIPE or exit 1.
#  2 tables one /proc/net table at a time, in a tree made of fixtures
#           (rich's sockets, route-ns, iface-lo, iface-ns's groups,
#           stats-traffic) given to BINARY by PROC_ROOT and to net-tools by
#           a bind mount over /proc (as tests/oracle.sh does), is missing,
#           unreadable (mode 000, both run as uid 65534), a directory, a
#           symlink loop, or fails to read with EIO (a symlink to a file
#           with /proc/PID/mem of a sleeping process bound over it: read at
#           offset 0 is EIO).  Expectations: see EXPECT.
#  3 limits ulimit -n and -v on a population of our own
#           (tests/faults/holder.py): every listing equals the unlimited
#           one ("required": -n 8, -v 8192), or says on stderr why not
#           ("extreme": -n 5 and less, where net-tools is silently wrong).
#  4 hidepid uid 65534 with a fresh /proc mounted hidepid=2 (and 1, and
#           none), root's sockets and 65534's: BINARY and net-tools byte for
#           byte, and their rows show "-" for root's and PID/name for
#           65534's.  (net-tools' "Not all processes could be identified"
#           note comes only without hidepid: with it root's processes are
#           not there, or not readable with EPERM, never EACCES.)
#  5 scale  trees of 10,000 and 1,000,000 tcp and unix rows
#           (tests/faults/gen.c): counts of rows, the 1M -tan and -xa equal
#           to net-tools' (sha256), and peak resident size (VmHWM at exit,
#           tests/faults/peak.c) of the 1M run within 512 KiB of the 10k
#           run; printed as "faults: rss ARGS 10k=N KiB 1M=N KiB".
#
# A failure prints "FAIL section: what" and an indented diff (first 20
# lines, "$" marks line ends).  The last line is "faults: N passed, M
# failed"; exit 1 if M > 0, 2 if the suite could not run.  Environment:
# FAULTS_REF (default /usr/bin/netstat), FAULTS_SECTIONS (default "1 2 3 4
# 5"), FAULTS_EXTREMES=0 leaves out the limits marked "extreme", FAULTS_KEEP=1
# keeps the temp dir.
#
# SPDX-License-Identifier: 0BSD

# ---- 1 write: the listings sent to /dev/full and to a closed pipe ---------
# "tree" runs on the 10k tree of section 5 (a listing larger than a pipe),
# "live" on the namespace's own sockets.
WRITES='
live  -an
live  -r
live  -rn6
live  -i
live  -s
live  -g
live  --json -an
live  --json -r
live  --json -i
live  --json -s
tree  -tan
tree  -xa
tree  --json -tan
'

# ---- 2 tables: each table, the listings that read it ----------------------
# table       flag sets, "|" between them
TABLES='
tcp           -an | -tan | -tan4
tcp6          -an | -tan | -tan6
udp           -an | -uan | -uan4
udp6          -an | -uan6
udplite       -an | -Uan | -Uan4
udplite6      -an | -Uan6
raw           -an | -wan | -wan4
raw6          -an | -wan6
unix          -an | -xan | -xa
route         -rn | -r | -rne
ipv6_route    -rn6 | -rA inet6
dev           -ia | -iae
if_inet6      -iae
igmp          -gn | -g | -gn4
igmp6         -gn | -gn6
snmp          -s | -s6 | -st
netstat       -s | -st
snmp6         -s6
'
FAULTS='missing eacces dir eloop eio'

# What BINARY must print, the first line that matches (shell patterns):
#   same    net-tools' stdout, stderr and exit status under the same fault
#   empty   net-tools' on the tree with that table empty: the other tables
#           listed, no message.  net-tools itself never ends: it reads
#           with "do fgets() while (!feof())", and a read error is no EOF.
#   rest    a deviation: net-tools' stderr and status under the fault (its
#           perror, 255), and its stdout on the tree with that table empty:
#           net-tools stops at the table, we list every other one
# fault     tables                                                      flags  expect
EXPECT='
dir|eio     tcp|tcp6|udp|udp6|udplite|udplite6|raw|raw6|unix|igmp|igmp6   *     empty
eloop       tcp|udp|udplite|raw                                           *4    same
eloop       tcp|udp|udplite|raw|unix                                      *     rest
*           *                                                             *     same
'

# ---- 3 limits ----------------------------------------------------------------
LIMIT_ARGS='-tulpn | -an | -anp | -r | -i | -s | --json -anp'
# limit     kind
LIMITS='
-n 8        required
-v 8192     required
-n 5        extreme
-n 4        extreme
-n 3        extreme
-v 1200     extreme
'

# ---- 4 hidepid ---------------------------------------------------------------
HIDE_ARGS='-tulpn | -anp | -ep'
HIDE_MODES='2 1 0'          # 0: a fresh /proc without hidepid

# ---- 5 scale -----------------------------------------------------------------
SCALE_ARGS='-tan | -tanp | -xa | --json -tan'
SCALE_REF='-tan | -xa'      # compared with net-tools on the 1M tree
SMALL=10000 BIG=1000000 RSS_SLACK=512

# ==============================================================================
set -u
LC_ALL=C
export LC_ALL
here=$(cd "$(dirname "$0")" && pwd)
repo=${here%/*}
REF=${FAULTS_REF:-/usr/bin/netstat}

if [ "${FAULTS_NS:-}" != 1 ]; then
	if [ $# -ne 1 ]; then
		echo "usage: sh tests/faults.sh BINARY" >&2
		exit 2
	fi
	case $1 in /*) bin=$1 ;; *) bin=$(pwd)/$1 ;; esac
	[ -x "$bin" ] || { echo "faults: $bin: not an executable" >&2; exit 2; }
	[ "$(id -u)" = 0 ] || { echo "faults: must run as root" >&2; exit 2; }
	v=$("$REF" -V 2>/dev/null | head -n 1)
	[ "$v" = "net-tools 2.10" ] || { echo "faults: $REF says '$v', want 'net-tools 2.10'" >&2; exit 2; }
	for t in unshare setpriv gcc python3 sha256sum timeout ip; do
		command -v $t >/dev/null || { echo "faults: needs $t" >&2; exit 2; }
	done
	mkdir -p "$repo/build/faults" || exit 2
	for h in gen peak; do
		gcc -O2 -Wall -o "$repo/build/faults/$h" "$here/faults/$h.c" || exit 2
	done
	FAULTS_NS=1 exec unshare -n -m -p -f --mount-proc sh "$0" "$bin"
fi

# ---- inside the namespaces ---------------------------------------------------
bin=$1
PY=/usr/bin/python3     # not a per-user shim: uid 65534 runs it too
[ -x $PY ] || PY=$(command -v python3)
NOBODY='setpriv --reuid=65534 --regid=65534 --clear-groups --'
mount --make-rprivate / || exit 2
T=$(mktemp -d /tmp/faults.XXXXXX) || exit 2
cleanup() {
	[ -n "${BG:-}" ] && kill $BG 2>/dev/null
	cd /
	if [ "${FAULTS_KEEP:-}" = 1 ]; then
		echo "faults: kept $T (unmounted)"
		return
	fi
	umount -R "$T" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount -t tmpfs -o mode=0755 faults "$T" || exit 2
mkdir "$T/bin" "$T/run" "$T/sock" && chmod 1777 "$T/sock"
cp "$bin" "$T/bin/netstat" && chmod 755 "$T/bin/netstat" || exit 2
cp "$here/faults/holder.py" "$here/faults/pipe.py" "$repo/build/faults/gen" \
	"$repo/build/faults/peak" "$T/bin/" && chmod 755 "$T/bin/"* || exit 2
OURS=$T/bin/netstat
. "$here/etc.sh"
etc_hermetic || exit 2
ip link set lo up
cd "$T" || exit 2
BG=

pass=0 fail=0
# tally SECTION LOG: LOG has a line "ok" per passed check, "bad WHAT" per
# failed one followed by its details, each line starting with a tab
tally() {
	nd=0
	while IFS= read -r l; do
		case $l in
		ok) pass=$((pass + 1)) ;;
		bad*) fail=$((fail + 1)); nd=0; echo "FAIL $1: ${l#bad }" ;;
		"	"*) nd=$((nd + 1)); [ $nd -le 20 ] && echo "    ${l#	}" ;;
		esac
	done < "$2"
}

# diff3 EXP GOT OUT: compares the .out .err .st of two runs, details to OUT
same3() {
	: > "$3"
	cmp -s "$1.st" "$2.st" || echo "exit status: want $(cat "$1.st"), got $(cat "$2.st")" >> "$3"
	for s in out err; do
		cmp -s "$1.$s" "$2.$s" && continue
		echo "std$s:" >> "$3"
		diff -u "$1.$s" "$2.$s" | tail -n +3 | sed 's/$/$/' >> "$3"
	done
	[ ! -s "$3" ]
}

# ours TREE USER PREFIX ARGS...: BINARY on TREE (- for the live /proc)
ours() {
	tr=$1 u=$2 p=$3
	shift 3
	sp=
	[ "$u" = 0 ] || sp=$NOBODY
	if [ "$tr" = - ]; then
		timeout 30 env -i LC_ALL=C $sp "$OURS" "$@"
	else
		timeout 30 env -i LC_ALL=C PROC_ROOT="$tr" $sp "$OURS" "$@"
	fi < /dev/null > "$p.out" 2> "$p.err"
	echo $? > "$p.st"
}
# ref TREE USER PREFIX ARGS...: net-tools with TREE bound over /proc
ref() {
	tr=$1 u=$2 p=$3
	shift 3
	sp=
	[ "$u" = 0 ] || sp=$NOBODY
	# shellcheck disable=SC2086
	timeout 30 env -i LC_ALL=C unshare -m sh -c \
		'mount --bind "$0" /proc && exec "$@"' "$tr" $sp "$REF" "$@" \
		< /dev/null > "$p.out" 2> "$p.err"
	echo $? > "$p.st"
}

# the 10k and 1M trees (section 5; the 10k one feeds section 1 too)
mktree() {	# DIR N
	mkdir -p "$1/net" && chmod 755 "$1" "$1/net" &&
	"$T/bin/gen" tcp "$2" > "$1/net/tcp" && "$T/bin/gen" unix "$2" > "$1/net/unix" &&
	chmod 644 "$1/net/tcp" "$1/net/unix"
}
mktree "$T/small" $SMALL || exit 2

want() { case " ${FAULTS_SECTIONS:-1 2 3 4 5} " in *" $1 "*) return 0 ;; esac; return 1; }

# ---- 1 write -------------------------------------------------------------------
if want 1; then
	"$PY" "$T/bin/holder.py" 23000 "$T/sock" > "$T/run/h1" &
	BG="$BG $!"
	while ! grep -q ready "$T/run/h1" 2>/dev/null; do sleep 0.05; done
	full="netstat: write error: No space left on device"
	echo "$WRITES" | while read -r where args; do
		[ -n "$where" ] || continue
		tr=-
		[ "$where" = tree ] && tr=$T/small
		# shellcheck disable=SC2086
		ours "$tr" 0 "$T/run/w0" $args
		if [ ! -s "$T/run/w0.out" ]; then
			echo "bad netstat $args ($where) prints nothing: nothing to lose"
			continue
		fi
		# /dev/full
		# shellcheck disable=SC2086
		if [ "$tr" = - ]; then
			env -i LC_ALL=C "$OURS" $args
		else
			env -i LC_ALL=C PROC_ROOT="$tr" "$OURS" $args
		fi < /dev/null > /dev/full 2> "$T/run/w.err"
		st=$?
		if [ "$st" = 1 ] && [ "$(cat "$T/run/w.err")" = "$full" ] && [ "$(wc -l < "$T/run/w.err")" = 1 ]; then
			echo "ok"
		else
			echo "bad netstat $args ($where) >/dev/full: exit status $st (want 1), stderr (want \"$full\"):"
			sed 's/^/	/; s/$/$/' "$T/run/w.err"
		fi
		# a closed pipe: "early" for every listing, "late" for those larger
		# than a pipe
		for when in early late; do
			if [ $when = late ] && [ "$(wc -c < "$T/run/w0.out")" -le 131072 ]; then
				continue
			fi
			for sig in ign dfl; do
				# shellcheck disable=SC2086
				st=$(if [ "$tr" = - ]; then
					env -i LC_ALL=C "$PY" "$T/bin/pipe.py" $sig $when "$T/run/p.err" "$OURS" $args
				else
					env -i LC_ALL=C PROC_ROOT="$tr" "$PY" "$T/bin/pipe.py" $sig $when "$T/run/p.err" "$OURS" $args
				fi)
				case $sig:$st in ign:1 | dfl:1 | dfl:-13) good=1 ;; *) good=0 ;; esac
				[ -s "$T/run/p.err" ] && good=0
				if [ $good = 1 ]; then
					echo "ok"
				else
					w="exit 1"
					[ $sig = dfl ] && w="exit 1 or SIGPIPE (-13)"
					echo "bad netstat $args ($where) to a pipe closed $when, SIGPIPE $sig: status $st (want $w), stderr (want none):"
					sed 's/^/	/; s/$/$/' "$T/run/p.err"
				fi
			done
		done
	done > "$T/run/w.log"
	tally write "$T/run/w.log"
fi

# ---- 2 tables --------------------------------------------------------------------
if want 2; then
	F=$here/fixtures
	base=$T/base
	mkdir -p "$base/net"
	cp "$F"/rich/net/* "$F"/route-ns/net/* "$F"/iface-lo/net/* \
		"$F"/stats-traffic/net/* "$F"/iface-ns/net/igmp* "$base/net/" || exit 2
	chmod -R a+rX "$base"
	sleep 100000 &
	BG="$BG $!"
	: > "$T/eio"
	mount --bind "/proc/$!/mem" "$T/eio" || exit 2
	if head -c 1 "$T/eio" > /dev/null 2>&1; then
		echo "FAIL tables: reading $T/eio (/proc/PID/mem) does not fail: no EIO fault"
		fail=$((fail + 1))
	fi
	n=0
	# fault TREE FAULT TABLE: makes TREE a copy of base with FAULT on TABLE
	fault() {
		rm -rf "$1"
		cp -a "$base" "$1" || exit 2
		f=$1/net/$3
		case $2 in
		missing) rm "$f" ;;
		eacces) chmod 000 "$f" ;;
		dir) rm "$f" && mkdir "$f" ;;
		eloop) rm "$f" && ln -s "$3" "$f" ;;
		eio) rm "$f" && ln -s "$T/eio" "$f" ;;
		empty) : > "$f" ;;
		esac
	}
	expect() {	# FAULT TABLE FLAGS: prints the expectation
		echo "$EXPECT" | while read -r fp tp ap e; do
			[ -n "$fp" ] || continue
			eval "case \$1 in $fp) ;; *) continue ;; esac"
			eval "case \$2 in $tp) ;; *) continue ;; esac"
			eval "case \"\$3\" in $ap) ;; *) continue ;; esac"
			echo "$e"
			break
		done
	}
	echo "$TABLES" | while read -r table sets; do
		[ -n "$table" ] || continue
		for fl in $FAULTS; do
			u=0
			[ $fl = eacces ] && u=65534
			fault "$T/tree" $fl "$table"
			echo "$sets" | tr '|' '\n' | while read -r args; do
				e=$(expect $fl "$table" "$args")
				name="$fl $table: netstat $args"
				# shellcheck disable=SC2086
				ours "$T/tree" $u "$T/run/o" $args
				case $e in
				same)
					# shellcheck disable=SC2086
					ref "$T/tree" $u "$T/run/r" $args ;;
				empty)
					fault "$T/etree" empty "$table"
					# shellcheck disable=SC2086
					ref "$T/etree" $u "$T/run/r" $args
					name="$name (as net-tools with $table empty)" ;;
				rest)
					# shellcheck disable=SC2086
					ref "$T/tree" $u "$T/run/r" $args
					fault "$T/etree" empty "$table"
					# shellcheck disable=SC2086
					ref "$T/etree" $u "$T/run/e" $args
					cp "$T/run/e.out" "$T/run/r.out"
					name="$name (deviation: the other tables still listed)" ;;
				*)
					echo "bad $name: no expectation for it"
					continue ;;
				esac
				if same3 "$T/run/r" "$T/run/o" "$T/run/d"; then
					echo ok
				else
					echo "bad $name"
					sed 's/^/	/' "$T/run/d"
				fi
			done
		done
	done > "$T/run/t.log"
	tally tables "$T/run/t.log"
fi

# ---- 3 limits ---------------------------------------------------------------------
if want 3; then
	"$PY" "$T/bin/holder.py" 23100 "$T/sock" > "$T/run/h3" &
	BG="$BG $!"
	while ! grep -q ready "$T/run/h3" 2>/dev/null; do sleep 0.05; done
	echo "$LIMIT_ARGS" | tr '|' '\n' | while read -r args; do
		# shellcheck disable=SC2086
		"$OURS" $args < /dev/null > "$T/run/u.out" 2> "$T/run/u.err"
		echo $? > "$T/run/u.st"
		echo "$LIMITS" | while read -r opt val kind; do
			[ -n "$opt" ] || continue
			[ "$kind" = extreme ] && [ "${FAULTS_EXTREMES:-1}" = 0 ] && continue
			# shellcheck disable=SC2086
			(ulimit $opt $val && exec "$OURS" $args) \
				< /dev/null > "$T/run/l.out" 2> "$T/run/l.err"
			echo $? > "$T/run/l.st"
			if same3 "$T/run/u" "$T/run/l" "$T/run/d"; then
				echo ok
			elif grep -qE 'Too many open files|Cannot allocate memory|out of memory' "$T/run/l.err"; then
				echo ok	# what it could not do, it says why
			else
				echo "bad ulimit $opt $val ($kind): netstat $args: neither the unlimited output nor a word on stderr of why not"
				sed 's/^/	/' "$T/run/d"
			fi
		done
	done > "$T/run/l.log"
	tally limits "$T/run/l.log"
fi

# ---- 4 hidepid ----------------------------------------------------------------------
if want 4; then
	"$PY" "$T/bin/holder.py" 23200 "$T/sock" > "$T/run/h4r" &
	BG="$BG $!"
	RPID=$!
	$NOBODY "$PY" "$T/bin/holder.py" 23300 "$T/sock" > "$T/run/h4n" &
	BG="$BG $!"
	while ! grep -q ready "$T/run/h4r" 2>/dev/null || ! grep -q ready "$T/run/h4n" 2>/dev/null; do
		sleep 0.05
	done
	NPID=$(pgrep -u 65534 -f 'holder.py 23300' | head -n 1)
	for m in $HIDE_MODES; do
		opt=
		[ "$m" = 0 ] || opt="-o hidepid=$m"
		echo "$HIDE_ARGS" | tr '|' '\n' | while read -r args; do
			# shellcheck disable=SC2086
			unshare -m sh -c 'mount -t proc $0 proc /proc || exit 99
				p=$1; shift
				timeout 30 env -i LC_ALL=C "$@" < /dev/null > "$p.out" 2> "$p.err"
				echo $? > "$p.st"' "$opt" "$T/run/hr" $NOBODY "$REF" $args
			# shellcheck disable=SC2086
			unshare -m sh -c 'mount -t proc $0 proc /proc || exit 99
				p=$1; shift
				timeout 30 env -i LC_ALL=C "$@" < /dev/null > "$p.out" 2> "$p.err"
				echo $? > "$p.st"' "$opt" "$T/run/ho" $NOBODY "$OURS" $args
			name="hidepid=$m, uid 65534: netstat $args"
			if same3 "$T/run/hr" "$T/run/ho" "$T/run/d"; then
				echo ok
			else
				echo "bad $name"
				sed 's/^/	/' "$T/run/d"
			fi
			# the comparison saw both kinds of row: root's with "-",
			# 65534's with its PID/name
			if awk -v np="$NPID/python3" '
				/:2320[04] / && $NF == "-" { r = 1 }
				/:2330[04] / && index($0, " " np " ") { n = 1 }
				END { exit !(r && n) }' "$T/run/hr.out"; then
				echo ok
			else
				echo "bad $name: net-tools shows no root row with - and 65534 row with $NPID/python3"
				sed 's/^/	/' "$T/run/hr.out"
			fi
		done
	done > "$T/run/p.log"
	tally hidepid "$T/run/p.log"
fi

# ---- 5 scale -------------------------------------------------------------------------
if want 5; then
	mktree "$T/big" $BIG || exit 2
	for n in small big; do
		case $n in small) rows=$SMALL ;; *) rows=$BIG ;; esac
		echo "$SCALE_ARGS" | tr '|' '\n' | while read -r args; do
			# shellcheck disable=SC2086
			r=$(env -i LC_ALL=C PROC_ROOT="$T/$n" "$T/bin/peak" "$T/run/s.out" "$OURS" $args 2> "$T/run/s.err")
			set -- $r '?' '?'
			echo "rss $n $args=$2"
			case $args in
			--json*) got=$(grep -o '{"proto":' "$T/run/s.out" | wc -l)
				 lines=$(wc -l < "$T/run/s.out")
				 [ "$lines" = 1 ] || got="$got in $lines lines" ;;
			*) got=$(($(wc -l < "$T/run/s.out") - 2)) ;;
			esac
			if [ "$1" = 0 ] && [ ! -s "$T/run/s.err" ] && [ "$got" = "$rows" ]; then
				echo ok
			else
				echo "bad $n tree ($rows rows): netstat $args: exit $1, $got rows, stderr: $(head -c 200 "$T/run/s.err")"
			fi
			case " $(echo "$SCALE_REF" | tr '|' ' ' | tr -s ' ') " in *" $args "*) ;; *) continue ;; esac
			[ $n = big ] || continue
			ref "$T/big" 0 "$T/run/sr" $args
			a=$(sha256sum < "$T/run/s.out") b=$(sha256sum < "$T/run/sr.out")
			if [ "$a" = "$b" ] && [ "$(cat "$T/run/sr.st")" = 0 ] && [ ! -s "$T/run/sr.err" ]; then
				echo ok
			else
				echo "bad $BIG rows: netstat $args: sha256 ${a%% *}, net-tools' ${b%% *} (its status $(cat "$T/run/sr.st"))"
				cmp "$T/run/sr.out" "$T/run/s.out" 2>&1 | sed 's/^/	/'
			fi
		done
	done > "$T/run/s.log"
	echo "$SCALE_ARGS" | tr '|' '\n' | while read -r args; do
		a=$(grep -F "rss small $args=" "$T/run/s.log" | head -n 1) a=${a##*=}
		b=$(grep -F "rss big $args=" "$T/run/s.log" | head -n 1) b=${b##*=}
		echo "faults: rss $args ${SMALL%000}k=$a KiB $((BIG / 1000000))M=$b KiB"
		if [ -n "$a" ] && [ -n "$b" ] && [ "$a" -gt 0 ] && [ $((b - a)) -le $RSS_SLACK ] &&
			[ $((a - b)) -le $RSS_SLACK ]; then
			echo ok >> "$T/run/s.log"
		else
			echo "bad peak RSS of netstat $args: ${b}KiB on $BIG rows, ${a}KiB on $SMALL (more than $RSS_SLACK KiB apart)" >> "$T/run/s.log"
		fi
	done
	tally scale "$T/run/s.log"
fi

echo "faults: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
