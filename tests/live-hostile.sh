#!/bin/sh
# Live test of netstat against hostile processes, each part in private
# network, mount and PID namespaces (unshare -n -m -p --fork --mount-proc),
# so that the host is untouched, with /etc made of tests/fixtures/etc and
# tests/live/etc/services as for the other live suites (tests/etc.sh).
#
#   sh tests/live-hostile.sh BINARY     (as root: unshare, ip, gcc, python3)
#
# 1. Stress: tests/live/hostile-churn.c keeps 40 short-lived socket holders
#    alive for HOSTILE_SECONDS (default 40): each makes TCP listeners and
#    connected pairs, tcp6 listeners, bound and connected UDP, unix pairs
#    and abstract listeners, logs (pid, inode, argv[0]) of each BEFORE it can
#    die, then exits, closes some, rewrites its title, exec()s under another
#    name keeping its fds, or is SIGKILLed.  pid_max is 2000 in the private
#    PID namespace (Linux 6.14 and later make it per namespace), so that
#    PIDs are reused all the time.  Meanwhile two loops run netstat -tuanpe,
#    -anpe, -xap, -tanpeW, --json -anpe, --json -xap with NETSTAT_SOURCE=proc
#    and =netlink.  Each run: exit status 0 (no signal death, no hang: 10 s
#    timeout), stderr empty, every row parses, and every row with a PID names
#    a (pid, inode) pair some process logged, with a name that process had.
# 2. Hostile names: tests/live/hostile-proc.c under argv of every byte
#    0x01-0xff, C0, DEL, C1, invalid and valid UTF-8, names whose cut at 19
#    columns falls in an escape or a character, 2 MiB of arguments (16 of
#    128 KiB), a process rewriting its title and comm in a tight loop, comm
#    set to hostile bytes; unix sockets bound to relative paths of exactly
#    108 bytes (no NUL) and abstract names of 107 bytes, with control bytes,
#    a newline (the kernel's /proc/net/unix line ends there), 0x80-0xff.
#    Text: no byte < 0x20 but '\n', no DEL, valid UTF-8 without C1; lines =
#    headers + one row per socket made (net-tools' rows of the same flags
#    with -e, by inode, are those sockets too); every name, path and command
#    line is exactly the escape (\\ \n \t \r \xNN of each byte that is no
#    printable ASCII nor UTF-8 other than C1) of the true bytes from /proc
#    and the bound name, the name cut in whole escapes and characters to 19
#    columns; stderr is net-tools'.  JSON: one strict line, no raw controls,
#    program, exe, cmdline, path the true bytes.  --cmdline is never cut
#    (README): the 2 MiB command line is printed whole, once per row.
# The last line is "live-hostile: N passed, M failed"; exit 1 if M > 0, 2 if
# the suite could not run.
#
# Environment: HOSTILE_SECONDS (stress length, default 40), LIVE_REF.
#
# SPDX-License-Identifier: 0BSD

me=live-hostile
here=$(cd "$(dirname "$0")" && pwd -P)
repo=${here%/*}
H=$repo/build/hostile
CHECK=$here/live/hostile-check.py
REF=${LIVE_REF:-/usr/bin/netstat}
SECS=${HOSTILE_SECONDS:-40}
set -u

# ---- inside the namespaces ------------------------------------------------
if [ "${1:-}" = --part ]; then
	part=$2 bin=$3
	set -f
	. "$here/etc.sh"
	etc_hermetic "$here/live/etc/services" || exit 2 # as tests/live/lib.sh
	ip link set lo up || { echo "$me: cannot bring lo up" >&2; exit 2; }
	T=$(mktemp -d "/tmp/live-hostile.XXXXXX") || exit 2
	trap 'rm -rf "$T"' EXIT
	trap 'exit 130' INT TERM HUP
	if [ "$part" = 1 ]; then
		# pid_max is per PID namespace since Linux 6.14: reuse PIDs often
		v=$(uname -r | sed 's/[^0-9.].*//')
		maj=${v%%.*} min=${v#*.}
		min=${min%%.*}
		if [ "$maj" -gt 6 ] || { [ "$maj" = 6 ] && [ "$min" -ge 14 ]; }; then
			echo 2000 >/proc/sys/kernel/pid_max
		fi
		python3 "$CHECK" snapshot >"$T/log"
		"$H/hostile-churn" "$T/log" $((SECS + 3)) 40 >"$T/churn.out" 2>"$T/churn.err" &
		CH=$!
		mkdir "$T/runs"
		sleep 1
		loop() { # ID: netstat in turn with each flag set for SECS seconds
			i=0 end=$(($(date +%s) + SECS))
			while [ "$(date +%s)" -lt "$end" ]; do
				for args in "-tuanpe" "-anpe" "-xap" "--json -anpe" "-tanpeW" "--json -xap"; do
					for src in proc netlink; do
						o=$T/runs/$(($1 * 100000 + i))
						echo "$args NETSTAT_SOURCE=$src" >"$o.args"
						# shellcheck disable=SC2086
						timeout -k 1 10 env NETSTAT_SOURCE=$src "$bin" $args >"$o.out" 2>"$o.err" </dev/null
						echo $? >"$o.rc"
						i=$((i + 1))
					done
				done
			done
		}
		loop 1 &
		L1=$!
		loop 2 &
		L2=$!
		wait "$L1" "$L2"
		wait "$CH"
		echo "stress: $(cat "$T/churn.out") holders, $(grep -c '^S ' "$T/log") (pid, inode, name) records" >&2
		[ ! -s "$T/churn.err" ] || sed "s/^/$me: hostile-churn: /" "$T/churn.err" >&2
		python3 "$CHECK" stress "$T/log" "$T/runs"
		exit 0
	fi
	# part 2
	mkfifo "$T/pop.in" || exit 2
	python3 "$CHECK" pop "$T" "$H/hostile-proc" <"$T/pop.in" >"$T/pop.out" 2>"$T/pop.err" &
	PP=$!
	exec 8>"$T/pop.in"
	i=0
	until grep -qx ready "$T/pop.out" 2>/dev/null; do
		if ! kill -0 "$PP" 2>/dev/null || [ $i -ge 300 ]; then
			echo "$me: hostile-check.py pop did not get ready" >&2
			cat "$T/pop.err" >&2
			exit 2
		fi
		sleep 0.1
		i=$((i + 1))
	done
	pidof() { # INDEX: the pid of the manifest's process INDEX
		python3 -c 'import json,sys; print(next(p["pid"] for p in json.load(open(sys.argv[1]))["procs"] if p["index"] == int(sys.argv[2])))' "$T/manifest.json" "$1"
	}
	allb=$(pidof 0) big=$(pidof 13)
	cafe=$(printf 'cmd=caf\303\251')
	R=$T/r
	mkdir "$R"
	n=0
	: >"$R/runs"
	# one: KIND ARGS...  (KIND text: ours with and without --json, with both
	# sources; ref: net-tools with -e, for the rows and for the stderr of the
	# text runs that follow)
	refargs=
	one() {
		kind=$1
		shift
		n=$((n + 1))
		if [ "$kind" = ref ]; then
			timeout -k 1 20 "$REF" "$@" >"$R/$n.out" 2>"$R/$n.err" </dev/null
			echo $? >"$R/$n.rc"
			echo "$n|ref|$(printf '%s' "$*" | od -An -tx1 | tr -d ' \n')" >>"$R/runs"
			refn=$n
			return
		fi
		for src in proc netlink; do
			for j in "" --json; do
				n=$((n + 1))
				# shellcheck disable=SC2086
				timeout -k 1 20 env NETSTAT_SOURCE=$src "$bin" $j "$@" >"$R/$n.out" 2>"$R/$n.err" </dev/null
				echo $? >"$R/$n.rc"
				# stderr: net-tools' of the same flags (the "bogus unix line"
				# warnings of the path with a newline)
				[ -z "$refargs" ] || cp "$R/$refn.referr0" "$R/$n.referr"
				k=text
				[ -z "$j" ] || k=json
				echo "$n|$k|$(printf '%s' "$*" | od -An -tx1 | tr -d ' \n')" >>"$R/runs"
			done
		done
	}
	# mode FLAGS [OURS...]: net-tools' rows of FLAGS with -e and its stderr
	# of FLAGS, then ours of FLAGS OURS...
	mode() {
		flags=$1
		shift
		one ref "${flags}e"
		timeout -k 1 20 "$REF" "$flags" >/dev/null 2>"$R/$refn.referr0" </dev/null
		refargs=1
		one text "$flags" "$@"
		refargs=
	}
	mode -anp
	mode -anp --cmdline
	mode -xap
	mode -xapW
	mode -xap --cmdline
	mode -xap --exe
	mode -tulpn
	mode -tulpn --cmdline --exe
	mode -tanp --cmdline
	mode -tlnp --exe
	one text -anpe
	one text -anp "pid=$allb"
	one text -an "pid=$big" --cmdline
	one text -anp cmd=big-argv
	one text -xap "$cafe"
	one text -tulpne
	python3 "$CHECK" hostile "$R" "$T/manifest.json"
	exec 8>&-
	wait "$PP"
	exit 0
fi

# ---- outside: build, run each part in its namespaces, sum ---------------------
if [ $# -ne 1 ]; then
	echo "usage: sh tests/live-hostile.sh BINARY" >&2
	exit 2
fi
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "$me: $bin: not an executable" >&2; exit 2; }
[ -x "$REF" ] || { echo "$me: $REF: not an executable" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "$me: must run as root (unshare)" >&2; exit 2; }
mkdir -p "$H" || exit 2
for c in churn proc; do
	gcc -O2 -Wall -o "$H/hostile-$c" "$here/live/hostile-$c.c" ||
		{ echo "$me: cannot build hostile-$c" >&2; exit 2; }
done
pass=0 fail=0
for part in 1 2; do
	out=$(mktemp) || exit 2
	unshare -n -m -p --fork --mount-proc -- sh "$here/live-hostile.sh" --part "$part" "$bin" >"$out"
	st=$?
	grep -v '^counts ' "$out"
	c=$(grep '^counts ' "$out" | tail -n 1)
	rm -f "$out"
	if [ $st != 0 ] || [ -z "$c" ]; then
		echo "FAIL part $part did not finish (status $st)"
		fail=$((fail + 1))
		continue
	fi
	set -- $c
	pass=$((pass + $2)) fail=$((fail + $3))
	echo "$me: part $part: $2 passed, $3 failed; $(echo "$c" | cut -d' ' -f4-)" >&2
done
echo "$me: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
