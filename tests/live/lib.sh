# Shared by the live differential tests (tests/live*.sh, tests/continuous.sh,
# qemu/smoke).  Sourced once the script has set "me" (the name its messages
# and its closing line start with) and "here" (the tests directory).
# Every live suite runs in a private mount namespace (unshare -m) at least:
# live_setup replaces /etc there (tests/etc.sh).
# Environment: LIVE_REF (default /usr/bin/netstat), LIVE_TIMEOUT (seconds per
# run, default 20), LIVE_KEEP=1 keeps the temp dir.
#
# SPDX-License-Identifier: 0BSD

set -u
REF=${LIVE_REF:-/usr/bin/netstat}
TMO=${LIVE_TIMEOUT:-20} # [options of timeout] seconds (exit status 124 if hit)
repo=${here%/*}
. "$here/etc.sh"
wrap= source= diag_missing=
refname=net-tools
pass=0 fail=0 loose= retry= SP= BG=

# live_enter "UNSHARE-OPTIONS" BINARY: as root, checks the binary and the
# tools, then runs this script again inside "unshare UNSHARE-OPTIONS", where
# live_enter returns after live_setup, with bin the binary's full path
live_enter() {
	if [ $# -ne 2 ]; then
		echo "usage: sh tests/${0##*/} BINARY" >&2
		exit 2
	fi
	bin=$2
	if [ "${LIVE_NS:-}" != "$$" ]; then
		case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
		[ -x "$bin" ] || { echo "$me: $bin: not an executable" >&2; exit 2; }
		[ -x "$REF" ] || { echo "$me: $REF: not an executable" >&2; exit 2; }
		[ "$(id -u)" = 0 ] || { echo "$me: must run as root (unshare $1, setpriv)" >&2; exit 2; }
		command -v ip >/dev/null || { echo "$me: needs ip (iproute2)" >&2; exit 2; }
		# the inner shell is the process unshare execs: its pid is $$ there
		# shellcheck disable=SC2086
		exec unshare $1 -- sh -c 'LIVE_NS=$$ exec sh "$1" "$2"' sh "$here/${0##*/}" "$bin"
	fi
	live_setup
}

# live_setup: (in a private mount and network namespace) /etc made of
# tests/fixtures/etc with tests/live/etc/services (the names of the live
# populations' ports) over its services (tests/etc.sh), lo up, and $T with
# copies of $REF and $bin that anyone can run as $T/ref/netstat and
# $T/bin/netstat
live_setup() {
	set -f # the case lines are split at blanks, never globbed
	etc_hermetic "$here/live/etc/services" || { echo "$me: cannot set up /etc" >&2; exit 2; }
	ip link set lo up || { echo "$me: cannot bring lo up" >&2; exit 2; }
	n=${0##*/}
	T=$(mktemp -d "/tmp/${n%.sh}.XXXXXX") || exit 2
	trap live_cleanup EXIT
	trap 'exit 130' INT TERM HUP
	mkdir "$T/ref" "$T/bin" "$T/run"
	cp "$REF" "$T/ref/netstat" && cp "$bin" "$T/bin/netstat" || exit 2
	chmod 755 "$T" "$T/ref" "$T/bin" "$T/ref/netstat" "$T/bin/netstat"
}

live_cleanup() {
	if [ -n "$BG" ]; then
		kill "$BG" 2>/dev/null
		wait "$BG" 2>/dev/null
		BG=
	fi
	sockpop_stop
	[ -n "${LIVE_KEEP:-}" ] && echo "$me: kept $T" >&2 || rm -rf "$T"
}

# live_end: the closing line, after the cleanup and its messages
live_end() {
	live_cleanup
	trap - EXIT
	echo "$me: $pass passed, $fail failed"
}

# sockpop_start [HELPER ARGS...]: the socket population of
# tests/live/sockpop.c (build/sockpop, made by `make build/sockpop`), or of
# build/HELPER ARGS (tests/bench/many.c: bench-many), until sockpop_stop
sockpop_start() {
	sockpop=$repo/build/${1:-sockpop}
	[ $# -eq 0 ] || shift
	(cd "$repo" && make -s "build/${sockpop##*/}") >&2 ||
		{ echo "$me: cannot build ${sockpop##*/}" >&2; exit 2; }
	mkfifo "$T/sockpop.in" || exit 2
	(cd / && exec "$sockpop" "$@") <"$T/sockpop.in" >"$T/sockpop.out" 2>"$T/sockpop.err" &
	SP=$!
	exec 9>"$T/sockpop.in"
	await_ready sockpop "$SP" "$T/sockpop"
}

# await_ready NAME PID BASE: waits (30 s at most) until the process PID
# has printed "ready" to BASE.out, else shows BASE.err and exits 2; then
# passes on its warnings (BASE.err)
await_ready() {
	i=0
	until grep -qx ready "$3.out" 2>/dev/null; do
		if ! kill -0 "$2" 2>/dev/null || [ $i -ge 300 ]; then
			echo "$me: $1 did not get ready" >&2
			cat "$3.err" >&2
			exit 2
		fi
		sleep 0.1
		i=$((i + 1))
	done
	[ ! -s "$3.err" ] || sed "s/^/$me: /" "$3.err" >&2
}

sockpop_stop() {
	exec 9>&- # EOF on sockpop's stdin: it kills its children
	[ -n "$SP" ] || return 0
	i=0
	while kill -0 "$SP" 2>/dev/null && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	kill -KILL "$SP" 2>/dev/null
	wait "$SP" 2>/dev/null
	# children die with it (lifeline pipe, PDEATHSIG); make sure, but only
	# in this namespace: other runs may be going on elsewhere
	ns=$(readlink /proc/self/ns/net)
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/exe" 2>/dev/null)" = "$sockpop" ] &&
			[ "$(readlink "$p/ns/net" 2>/dev/null)" = "$ns" ] || continue
		echo "$me: warning: leftover sockpop ${p#/proc/}, killed" >&2
		kill -KILL "${p#/proc/}" 2>/dev/null
	done
	SP=
}

# etc_bind FILE...: $T/etc/FILE as /etc/FILE, in the private copy of /etc
# that live_setup made (tests/etc.sh: tests/fixtures/etc's files, among them
# a resolv.conf that sends DNS to 127.0.0.1, where nothing answers, and
# tests/live/etc/services)
etc_bind() {
	for f; do
		set -- "$@" "$T/etc/$f"
		shift
	done
	etc_hermetic "$@" || { echo "$me: cannot set up /etc" >&2; exit 2; }
}

# quiet_ipv6: no IPv6 chatter (automatic link-local addresses, DAD, router
# solicitations) that would change counters while the cases run
quiet_ipv6() {
	for k in all default; do
		sysctl -qw net.ipv6.conf.$k.addr_gen_mode=1 net.ipv6.conf.$k.dad_transmits=0 \
			net.ipv6.conf.$k.router_solicitations=0 net.ipv6.conf.$k.accept_ra=0 2>/dev/null
	done
}

# settle N SECONDS FILE...: waits (N times at most) until the files read the
# same twice SECONDS apart
settle() {
	n=$1 s=$2 last=
	shift 2
	while [ "$n" -gt 0 ]; do
		now=$(cat "$@" | cksum)
		[ "$now" = "$last" ] && break
		last=$now n=$((n - 1))
		sleep "$s"
	done
}

# capture DIR NAME...: copies /proc/net/NAME to DIR/net/ (nothing if DIR is
# empty)
capture() {
	[ -n "$1" ] || return 0
	mkdir -p "$1/net"
	c=$1
	shift
	for f; do
		cat "/proc/net/$f" >"$c/net/$f"
	done
}

# run NAME UID ARGS...: "netstat ARGS" as UID from $T/ref or $T/bin (NAME
# without trailing digits), after the command $wrap if set, output in
# $T/run/NAME.{out,err,rc}
run() {
	o=$T/run/$1 d=${1%%[0-9]*} who=$2
	shift 2
	# shellcheck disable=SC2086
	if [ "$who" = 0 ]; then
		set -- $wrap netstat "$@"
	else
		set -- setpriv --reuid="$who" --regid="$who" --clear-groups -- $wrap netstat "$@"
	fi
	# shellcheck disable=SC2086
	(cd / && exec timeout -k 2 $TMO env -i PATH="$T/$d:/usr/bin:/bin" LC_ALL=C \
		${source:+NETSTAT_SOURCE=$source} "$@") </dev/null >"$o.out" 2>"$o.err"
	echo $? >"$o.rc"
	# with NETSTAT_SOURCE=netlink ours says which tables it read from /proc
	# after all: only those the kernel's sock_diag cannot dump may be named
	if [ "$d" = bin ] && [ "$source" = netlink ] && [ -n "$diag_missing" ]; then
		grep -Ev "^netstat: sock_diag: ($diag_missing)6?: " "$o.err" >"$o.err2"
		mv "$o.err2" "$o.err"
	fi
}

nonempty() { [ -s "$1" ] && echo "$2: non-empty" || echo "$2: empty"; }

# summary NAME: what a loose case compares
summary() {
	echo "exit $(cat "$T/run/$1.rc")"
	nonempty "$T/run/$1.out" stdout
	if [ "$loose$1" = helpref ] && [ -z "${LIVE_SELFTEST:-}" ]; then
		echo "stderr: empty" # net-tools lists its address families there
	else
		nonempty "$T/run/$1.err" stderr
	fi
}

# between A B C: B's text equals A's and C's, each number of B lies between
# those of A and C at the same place (numbers compared as digit strings:
# counters are 64-bit); prints nothing and succeeds if so
between() {
	cmp -s "$1.err" "$2.err" && cmp -s "$1.err" "$3.err" &&
		cmp -s "$1.rc" "$2.rc" && cmp -s "$1.rc" "$3.rc" || return 1
	awk '
	function le(a, b) {
		return length(a) < length(b) || (length(a) == length(b) && (a "") <= (b ""))
	}
	function split_line(s, num,   k, n) {	# num[1..k]; returns the text
		k = 0
		n = ""
		while (match(s, /[0-9]+/)) {
			num[++k] = substr(s, RSTART, RLENGTH)
			n = n substr(s, 1, RSTART - 1) "#"
			s = substr(s, RSTART + RLENGTH)
		}
		num[0] = k
		return n s
	}
	FILENAME == ARGV[1] { a[FNR] = $0; na = FNR; next }
	FILENAME == ARGV[2] { b[FNR] = $0; nb = FNR; next }
	{ c[FNR] = $0; nc = FNR }
	END {
		if (na != nb || nb != nc)
			exit 1
		for (i = 1; i <= na; i++) {
			ta = split_line(a[i], x)
			tb = split_line(b[i], y)
			tc = split_line(c[i], z)
			if (ta != tb || tb != tc)
				exit 1
			for (j = 1; j <= x[0]; j++) {
				lo = x[j]; hi = z[j]
				if (!le(lo, hi)) { t = lo; lo = hi; hi = t }
				if (!le(lo, y[j]) || !le(y[j], hi))
					exit 1
			}
		}
	}' "$1.out" "$2.out" "$3.out"
}

# same: the runs ref and bin agree: byte for byte; for a "between" case
# with bin's numbers between those of ref and ref2; for another loose case
# in exit status and which streams are empty
same() {
	r=$T/run/ref b=$T/run/bin
	if [ "$loose" = between ]; then
		between "$r" "$b" "$T/run/ref2"
	elif [ -n "$loose" ]; then
		summary ref >"$r.sum"
		summary bin >"$b.sum"
		cmp -s "$r.sum" "$b.sum"
	else
		cmp -s "$r.out" "$b.out" && cmp -s "$r.err" "$b.err" && cmp -s "$r.rc" "$b.rc"
	fi
}

# tally STATUS LABEL: counts a case; a failure (STATUS not 0) prints "FAIL
# LABEL" and how ref and bin differ (40 lines at most, a "$" after lines
# that end in blanks)
tally() {
	if [ "$1" -eq 0 ]; then
		pass=$((pass + 1))
		return
	fi
	fail=$((fail + 1))
	r=$T/run/ref b=$T/run/bin
	if [ -n "$loose" ] && [ "$loose" != between ]; then
		echo "FAIL $2   (loose: exit status, which streams)"
		diff -u --label "$refname" --label "$bin" "$r.sum" "$b.sum" | head -n 40
		return
	fi
	echo "FAIL $2"
	{
		cmp -s "$r.rc" "$b.rc" ||
			echo "exit status: $refname $(cat "$r.rc"), $bin $(cat "$b.rc")"
		cmp -s "$r.err" "$b.err" ||
			diff -u --label "$refname stderr" --label "$bin stderr" "$r.err" "$b.err"
		cmp -s "$r.out" "$b.out" ||
			diff -u --label "$refname stdout" --label "$bin stdout" "$r.out" "$b.out"
	} | sed 's/[[:blank:]]$/&$/' | head -n 40
}

# live_cases: each line of $CASES as each uid of $UIDS, and with each
# NETSTAT_SOURCE of $SOURCES if set (ours only): the arguments of
# netstat, split at blanks ("-" alone: none; empty and "#" lines skipped),
# after "~" for a loose case, "?" for a help case (stdout non-empty, and
# our stderr empty), "%" for a case whose numbers move (timers): ours must
# lie between two runs of net-tools, tried up to three times.  With $retry
# set, a case that differs runs once more after "sleep $retry".
live_cases() {
	for source in ${SOURCES:-""}; do
	[ "$source" != netlink ] ||
		diag_missing=$(python3 "$here/live/diag-probe.py" | tr ' ' '|') || exit 2
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
			'%'*) loose=between args=${args#%} ;;
			esac
			# shellcheck disable=SC2086
			{ run ref "$u" $args; run bin "$u" $args; }
			if [ "$loose" = between ]; then
				try=0
				# shellcheck disable=SC2086
				while run ref2 "$u" $args && ! same && [ $((try += 1)) -lt 3 ]; do
					run ref "$u" $args; run bin "$u" $args
				done
			elif [ -n "$retry" ] && ! same; then
				sleep "$retry"
				# shellcheck disable=SC2086
				{ run ref "$u" $args; run bin "$u" $args; }
			fi
			same
			tally $? "[uid $u${source:+, $source}] netstat${args:+ $args}"
		done <<EOF
$CASES
EOF
	done
	done
	loose= source=
}
