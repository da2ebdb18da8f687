#!/bin/sh
# Live differential test: BINARY against Debian's net-tools /usr/bin/netstat on
# the same socket population (tests/live/sockpop.c), inside a private network
# namespace that has only loopback, as root and as unprivileged uids.
#
#   sh tests/live.sh BINARY          (must run as root: unshare -n, setpriv)
#
# Each case runs "netstat ARGS" (argv[0] is "netstat" for both tools, LC_ALL=C,
# empty environment otherwise) and compares stdout, stderr and exit status
# byte for byte.  Failing cases print a unified diff (first 40 lines; a "$" is
# appended to diff lines that end in blanks, to show where they end); the last
# line is "live: N passed, M failed".  Exit status 1 if M > 0, 2 if the suite
# could not run.
#
# Environment: LIVE_REF (default /usr/bin/netstat), LIVE_UIDS (default
# "0 65534 1"), LIVE_TIMEOUT (seconds per run, default 20), LIVE_KEEP=1 keeps
# the temp dir.
#
# SPDX-License-Identifier: 0BSD

# ---- cases: one per line, the arguments given to netstat ------------------
# A leading "~" marks a loose case (help, version, usage errors: the text is
# our own words): only the exit status and which of stdout/stderr is non-empty
# are compared.  A leading "?" marks a help case: the exit status and a
# non-empty stdout are compared, and our stderr must be empty (net-tools
# also lists its address families on stderr; our help is on stdout only).
# A line "-" alone means: no arguments at all.  Empty and "#"
# lines are skipped.  Arguments are split at blanks (no quoting).
CASES='
#--- defaults and single flags
-
-t
-u
-U
-w
-x
-a
-l
-n
-e
-ee
-p
-W
-4
-6
-v
#--- single protocols with -a / -l / -n
-at
-au
-aU
-aw
-ax
-lt
-lu
-lU
-lw
-lx
-xl
-tn
-un
-wn
-xn
-xp
-ax
-axp
-xe
-xee
-axW
#--- the common combined forms
-an
-anp
-ant
-anu
-anw
-anx
-tulpn
-tunlp
-tulpen
-tuwxan
-atunwx
-tn6
-tn4
-un6
-at4
-at6
-aw6
-al4
-an46
-46l
-aenpW
-aee
-aeenp
-aenW
-atW
-atnW
-tlnW
-lnp
-lep
-ep
-tp
-up
-wp
-aWp
#--- address families
-A inet
-A inet6
-A unix
-A inet,unix
-A inet6,inet
-an -A inet6
-l -A inet
-ap -A unix
-a -Ainet
-a --protocol=inet6
-a --protocol unix
-a -4 -x
-a -x -6
-a -4 -A unix
-A foo
#--- long options and their abbreviations
--tcp
--udp
--udplite
--raw
--unix
--all
--listening
--numeric
--extend
--programs
--wide
--inet
--inet6
--verbose
--all --tcp --udp --numeric
--tcp --all --numeric-hosts
--tcp --all --numeric-ports
--udp --all --numeric-ports
--raw --all --numeric-hosts --numeric-ports
--all --numeric-users --extend
--all --numeric --extend --programs
--all --wide --inet
--all --inet6 --extend --extend
--all --inet --numeric-hosts
--listen --tcp --prog
--all --unix --prog
--all --ext --numeric-u
#--- numeric mixes: hosts numeric, ports resolved and vice versa
-a --numeric-hosts
-a --numeric-ports
-ae --numeric-users
-ant --numeric-users -e
-t --numeric-hosts --numeric-ports
-au --numeric-hosts -e
-aw --numeric-ports
#--- repeated flags, odd orders, stray operands
-tt -nn
-e -e -a
-p -p -x
-t extra operand
-tu -- -x
-av
-alv
-tv
-vv
#--- loose: usage errors, help, version
~-k
~--bogus
~-A
~--num
~-tk
?-h
?--help
~-V
~--version
~-Vh
'

# ---- machinery --------------------------------------------------------------
set -u
me=live
REF=${LIVE_REF:-/usr/bin/netstat}
# 65534 owns some of the sockets (-p: "Not all processes could be identified"
# note); 1 owns none of them (-p: the "No info could be read" note)
UIDS=${LIVE_UIDS:-0 65534 1}
TMO=${LIVE_TIMEOUT:-20} # seconds per netstat run (exit status 124 if hit)

if [ $# -ne 1 ]; then
	echo "usage: sh tests/live.sh BINARY" >&2
	exit 2
fi

if [ "${LIVE_IN_NETNS:-}" != "$$" ]; then
	# outer part: resolve paths, build sockpop, enter a fresh net namespace
	case $1 in
	/*) bin=$1 ;;
	*) bin=$(pwd)/$1 ;;
	esac
	[ -x "$bin" ] || { echo "$me: $bin: not an executable" >&2; exit 2; }
	[ -x "$REF" ] || { echo "$me: $REF: not an executable" >&2; exit 2; }
	[ "$(id -u)" = 0 ] || { echo "$me: must run as root (unshare -n, setpriv)" >&2; exit 2; }
	here=$(cd "$(dirname "$0")/.." && pwd -P)
	mkdir -p "$here/build"
	gcc -O2 -Wall -o "$here/build/sockpop" "$here/tests/live/sockpop.c" ||
		{ echo "$me: cannot build sockpop" >&2; exit 2; }
	# the inner shell is the process unshare execs: its pid is $$ below
	exec unshare -n -- sh -c 'LIVE_IN_NETNS=$$ LIVE_REPO="$1" exec sh "$2" "$3"' \
		sh "$here" "$here/tests/live.sh" "$bin"
fi

# ---- inner part: inside the namespace ----------------------------------------
set -f # the case lines are split at blanks, never globbed
bin=$1
repo=$LIVE_REPO
sockpop=$repo/build/sockpop
ip link set lo up || { echo "$me: cannot bring lo up" >&2; exit 2; }

T=$(mktemp -d /tmp/live.XXXXXX) || exit 2
chmod 755 "$T"
SP=
cleanup() {
	exec 9>&- # EOF on sockpop's stdin: it kills its children
	if [ -n "$SP" ]; then
		i=0
		while kill -0 "$SP" 2>/dev/null && [ $i -lt 50 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -KILL "$SP" 2>/dev/null
		wait "$SP" 2>/dev/null
		# children die with it (lifeline pipe, PDEATHSIG); make sure, but
		# only in this namespace: other runs may be going on elsewhere
		ns=$(readlink /proc/self/ns/net)
		for p in /proc/[0-9]*; do
			[ "$(readlink "$p/exe" 2>/dev/null)" = "$sockpop" ] &&
				[ "$(readlink "$p/ns/net" 2>/dev/null)" = "$ns" ] || continue
			echo "$me: warning: leftover sockpop ${p#/proc/}, killed" >&2
			kill -KILL "${p#/proc/}" 2>/dev/null
		done
		SP=
	fi
	[ -n "${LIVE_KEEP:-}" ] && echo "$me: kept $T" >&2 || rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# both tools are invoked as "netstat" through PATH, from copies anyone can run
mkdir "$T/ref" "$T/bin" "$T/run"
cp "$REF" "$T/ref/netstat" && cp "$bin" "$T/bin/netstat" || exit 2
chmod 755 "$T/ref" "$T/bin" "$T/ref/netstat" "$T/bin/netstat"

mkfifo "$T/sockpop.in" || exit 2
(cd / && exec "$sockpop") <"$T/sockpop.in" >"$T/sockpop.out" 2>"$T/sockpop.err" &
SP=$!
exec 9>"$T/sockpop.in"
i=0
until grep -qx ready "$T/sockpop.out" 2>/dev/null; do
	if ! kill -0 "$SP" 2>/dev/null || [ $i -ge 150 ]; then
		echo "$me: sockpop did not get ready" >&2
		cat "$T/sockpop.err" >&2
		exit 2
	fi
	sleep 0.1
	i=$((i + 1))
done
if [ -s "$T/sockpop.err" ]; then
	sed 's/^/live: /' "$T/sockpop.err" >&2
fi

pass=0
fail=0

# run DIR UID ARGS...: output in $T/run/DIR.{out,err,rc}
run() {
	d=$1 u=$2
	shift 2
	if [ "$u" = 0 ]; then
		set -- netstat "$@"
	else
		set -- setpriv --reuid="$u" --regid="$u" --clear-groups -- netstat "$@"
	fi
	set -- timeout -k 2 "$TMO" env -i PATH="$T/$d:/usr/bin:/bin" LC_ALL=C "$@"
	(cd / && exec "$@") </dev/null >"$T/run/$d.out" 2>"$T/run/$d.err"
	echo $? >"$T/run/$d.rc"
}

nonempty() { [ -s "$1" ] && echo "$2: non-empty" || echo "$2: empty"; }

for u in $UIDS; do
	while IFS= read -r line; do
		case $line in
		'' | '#'*) continue ;;
		'-') args= ;;
		*) args=$line ;;
		esac
		loose=
		case $args in
		'~'*) loose=1 args=${args#\~} ;;
		'?'*) loose=help args=${args#\?} ;;
		esac
		# shellcheck disable=SC2086  # word splitting is intended
		run ref "$u" $args
		# shellcheck disable=SC2086
		run bin "$u" $args
		r=$T/run/ref b=$T/run/bin
		if [ -n "$loose" ]; then
			for x in ref bin; do
				{
					echo "exit $(cat "$T/run/$x.rc")"
					nonempty "$T/run/$x.out" stdout
					[ "$loose$x" = helpref ] ||
						nonempty "$T/run/$x.err" stderr
				} >"$T/run/$x.sum"
			done
			[ "$loose" = help ] && echo "stderr: empty" >>"$r.sum"
			if cmp -s "$r.sum" "$b.sum"; then
				pass=$((pass + 1))
				continue
			fi
			fail=$((fail + 1))
			echo "FAIL [uid $u] netstat${args:+ $args}   (loose: exit status, which streams)"
			diff -u --label "net-tools" --label "$bin" "$r.sum" "$b.sum" | head -n 40
			continue
		fi
		if cmp -s "$r.out" "$b.out" && cmp -s "$r.err" "$b.err" &&
			cmp -s "$r.rc" "$b.rc"; then
			pass=$((pass + 1))
			continue
		fi
		fail=$((fail + 1))
		echo "FAIL [uid $u] netstat${args:+ $args}"
		{
			cmp -s "$r.rc" "$b.rc" ||
				echo "exit status: net-tools $(cat "$r.rc"), $bin $(cat "$b.rc")"
			cmp -s "$r.err" "$b.err" ||
				diff -u --label "net-tools stderr" --label "$bin stderr" "$r.err" "$b.err"
			cmp -s "$r.out" "$b.out" ||
				diff -u --label "net-tools stdout" --label "$bin stdout" "$r.out" "$b.out"
		} | sed 's/[[:blank:]]$/&$/' | head -n 40
	done <<EOF
$CASES
EOF
done

cleanup
trap - EXIT
echo "$me: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
