#!/bin/sh
# Live differential test of --netns=SPEC: BINARY, run in one network
# namespace and told to list another, must print what Debian's net-tools
# /usr/bin/netstat prints when it runs in that other namespace.
#
#   sh tests/live-netns.sh BINARY      (as root: unshare, ip, nsenter,
#                                       setpriv, sysctl, python3)
#
# It runs in private network, mount and PID namespaces ("ours": lo only;
# PID 1 is this script, so that "the lowest PID holding a namespace" does
# not depend on what else the host runs; a tmpfs on /run/netns, so that no
# name made here is seen outside nor one made outside seen here; /etc/hosts
# and /etc/resolv.conf replaced, DNS to 127.0.0.1 where nothing answers:
# no packet leaves).  Everything dies with the PID namespace; the EXIT trap
# also stops the processes and deletes the names.  It makes:
#   A  `ip netns add netns-a-ID`, held by a process (tests/live/netns-pop.py:
#      TCP listeners v4/v6, UDP, raw, established TCP with queued data,
#      unix sockets; comm "nsA"); veth vA (addresses, routes, a multicast
#      group) to B, and a pair vX-vY that is down
#   B  a process started by `unshare -n` (no name; other ports; comm
#      'nsB "q" x'), the veth's end vB, a default route, a group; then
#      `ip netns attach netns-d-ID PID_B` names it too
#   C  `ip netns add netns-c-ID`, no process in it, lo down; netns-c2-ID a
#      bind mount of it (a second name)
#   U  a process of uid 65534 (setpriv) in its own user and network
#      namespace (`unshare -rn`); where user namespaces are refused (or
#      LIVE_NETNS_USERNS=0), a root-made namespace netns-u-ID holding a
#      process of uid 65534 (the suite says so on stderr)
# Then, each case "netstat --netns=SPEC ARGS" against net-tools "netstat
# ARGS" run in that namespace (argv[0] "netstat" for both, LC_ALL=C, an
# empty environment otherwise): stdout, stderr and exit status byte for
# byte; "%" cases (timers, -s: numbers that move) as in tests/live.sh, ours
# between two runs of net-tools; a case that differs runs again (once; a
# "%" case up to 3 times):
#   B  every case of tests/live.sh's CASES (read from it; not the help,
#      version and usage error ones) and -r -rn -rn6 -i -ia -ie -g -gn6 -s
#      -s6, and the first round of -tnc -rnc -ic, against `nsenter -n -t
#      PID_B`; SPEC PID_B, /proc/PID_B/ns/net, netns-d-ID, PID_B with
#      NETSTAT_SOURCE=proc
#   A  the same against `ip netns exec netns-a-ID`; SPEC netns-a-ID,
#      /run/netns/netns-a-ID, PID_A, netns-a-ID with NETSTAT_SOURCE=proc
#   C  a few, SPEC netns-c-ID, netns-c2-ID, /run/netns/netns-c2-ID
#   U  as root, a few with SPEC PID_U; as uid 65534 every socket case and
#      -r -rn -rn6 -g -gn6 -s -s6 with SPEC PID_U (read from
#      /proc/PID_U/net: setns is refused) against `nsenter -n -t PID_U setpriv --reuid=65534
#      --regid=65534 --clear-groups -- netstat ARGS`; and a few with a /proc
#      mounted hidepid=2 for both (tests/live/netns-hidepid)
#   B, A as uid 65534: a root process's /proc/PID/net, which anyone may
#      read: a few cases with PID_B and PID_A, against net-tools as 65534 in
#      the namespace
# The SPEC is given as "--netns=SPEC" and "--netns SPEC", before the other
# arguments and after them.  Then, against fixed expectations (stdout
# empty, stderr one line, exit 1):
#   - as 65534, -i with PID_U or PID_B: "netstat: --netns=PID: -i needs to
#     enter it" (with --json too: no "[]")
#   - as 65534 with /proc mounted hidepid=1 or 2, a root process's PID:
#     "Operation not permitted" (EPERM) or "No such file or directory"
#   - as 65534: a name or the path of a namespace it may not enter
#     ("Operation not permitted"), an unreadable file ("Permission denied")
#   - as root and as 65534: no such name (also with --json), "ALL", no such
#     PID (pid_max + 1, and 0), no such path ("No such file or directory");
#     /etc/passwd, a directory, a uts namespace ("not a network namespace")
#   - "--netns" without its argument: exit 3, getopt's message, the usage
# Last, --netns=all with -tln, -tlnp, -rn, -i in text and --json, -s
# --json, checked by tests/live/netns-all.py: the namespaces of two scans
# of /proc and /run/netns (before and after) in their order, ours first;
# the listings of ours, A, B, C and U equal net-tools' in each (JSON: its
# rows, and the array of --netns=SPEC --json alone); the exit status 1
# where net-tools exits 1 in one of them (-rn: an empty table).  And here,
# by hand: ours first as "(pid 1, sh)", A, B, U under their PIDs and
# comms, C once under one of its names, A and netns-d-ID never by name.
#
# Failing cases print a diff (or the reasons); the last line is
# "netns: N passed, M failed".  Exit 1 if M > 0, 2 if the suite could not
# run.  Environment: LIVE_REF, LIVE_TIMEOUT, LIVE_KEEP (tests/live/lib.sh),
# LIVE_NETNS_USERNS=0 (U without a user namespace, as where it is refused).
#
# SPDX-License-Identifier: 0BSD

# cases of tests/live.sh's CASES (read from it) and these: one a line, the
# arguments ("-" alone: none; "%": the numbers move)
EXTRA='
-r
-rn
-rn6
-i
-ia
-ie
-g
-gn6
%-s
%-s6
'
# for uid 65534 (-i is refused there: below)
EXTRA_U='
-r
-rn
-rn6
-g
-gn6
%-s
%-s6
'
# uid 65534: a few, where the listing is read in other ways
CASES_NOBODY='
-
-tlnp
-an
-a
-aep
-axp
-aenW
-tulpen
-A inet6
--all --numeric --extend --programs
%-aon
-r
-rn
-g
%-s
%-s6
'
# root, C (lo down, no process)
CASES_C='
-an
-tlnp
-rn
-r6
-i
-ia
-g
%-s
'
# root, U entered with setns
CASES_UROOT='
-tlnp
-an
-aep
-i
-ia
-rn
-g
%-s
'

me=netns
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m -p --fork --mount-proc" "$@"

for t in python3 nsenter setpriv unshare sysctl; do
	command -v "$t" >/dev/null || { echo "$me: needs $t" >&2; exit 2; }
done
PY=/usr/bin/python3 # one that uid 65534 may run, if there
[ -x "$PY" ] || PY=$(command -v python3)
IP=$(command -v ip) NSENTER=$(command -v nsenter) SETPRIV=$(command -v setpriv)
UNSHARE=$(command -v unshare)
NOBODY="$SETPRIV --reuid=65534 --regid=65534 --clear-groups --"
CASES=$(sed -n "/^CASES='\$/,/^'\$/p" "$here/live.sh" | sed '1d;$d' | grep -v '^[~?]')
[ "$(printf '%s\n' "$CASES" | grep -cv '^\(#.*\)\{0,1\}$')" -ge 100 ] ||
	{ echo "$me: cannot read the cases of tests/live.sh" >&2; exit 2; }
cp "$here/live/netns-pop.py" "$here/live/netns-all.py" "$T/" &&
chmod 644 "$T/netns-pop.py" "$T/netns-all.py" || exit 2

# ---- the namespaces -----------------------------------------------------
id=${T##*.} # unique names, though only this mount namespace sees them
NA=netns-a-$id NC=netns-c-$id NC2=netns-c2-$id ND=netns-d-$id NU=netns-u-$id
POPS= # pids of the populations
ns_cleanup() {
	exec 6>&- 7>&- 8>&- # EOF: the populations exit
	for p in $POPS; do
		kill "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	POPS=
	for n in $NA $NC $NC2 $ND $NU; do
		[ ! -e "/run/netns/$n" ] || "$IP" netns del "$n" 2>/dev/null
	done
}
trap 'ns_cleanup; live_cleanup' EXIT

mkdir "$T/etc"
cat >"$T/etc/hosts" <<'EOF'
127.0.0.1	localhost
::1		localhost ip6-localhost ip6-loopback
198.51.100.1	gw-a
2001:db8:a::2	node-b6
EOF
etc_bind hosts
netns_hermetic || exit 2 # /run/netns of our own (tests/etc.sh)

# pop_start NAME PORT COMM FD COMMAND...: netns-pop.py PORT in $T/pNAME,
# started by COMMAND, its stdin the fifo held open on FD; pid in $pid
pop_start() {
	n=$1 port=$2 comm=$3 fd=$4
	shift 4
	mkdir "$T/p$n" && chmod 777 "$T/p$n" && mkfifo "$T/p$n.in" || exit 2
	(cd / && exec "$@" "$PY" "$T/netns-pop.py" "$port" "$T/p$n" "$comm") \
		<"$T/p$n.in" >"$T/p$n.out" 2>"$T/p$n.err" &
	pid=$!
	POPS="$POPS $pid"
	eval "exec $fd>\"\$T/p\$n.in\""
	await_ready "netns-pop $n" "$pid" "$T/p$n"
}

# quiet_in COMMAND...: no IPv6 chatter, IGMP/MLD reports once, in the
# namespace COMMAND runs in (before its interfaces are made)
quiet_in() {
	for k in all default; do
		"$@" sysctl -qw net.ipv6.conf.$k.addr_gen_mode=1 net.ipv6.conf.$k.dad_transmits=0 \
			net.ipv6.conf.$k.router_solicitations=0 net.ipv6.conf.$k.accept_ra=0 \
			net.ipv6.conf.$k.mldv2_unsolicited_report_interval=1 \
			net.ipv6.conf.$k.mldv1_unsolicited_report_interval=1 \
			net.ipv4.conf.$k.igmpv3_unsolicited_report_interval=1 \
			net.ipv4.conf.$k.igmpv2_unsolicited_report_interval=1 2>/dev/null
	done
}

"$IP" netns add "$NA" && "$IP" netns add "$NC" ||
	{ echo "$me: ip netns add failed" >&2; exit 2; }
quiet_in "$IP" netns exec "$NA"
pop_start a 7100 nsA 6 "$IP" netns exec "$NA"
PA=$pid
pop_start b 7200 'nsB "q" x' 7 "$UNSHARE" -n
PB=$pid
quiet_in "$NSENTER" -n -t "$PB"
INB="$NSENTER -n -t $PB $IP"
"$IP" link add vA netns "$NA" type veth peer name vB netns "$PB" &&
"$IP" -n "$NA" link add vX type veth peer name vY &&
"$IP" -n "$NA" link set vX mtu 9000 &&
"$IP" -n "$NA" link set vA up &&
"$IP" -n "$NA" addr add 198.51.100.1/24 dev vA &&
"$IP" -n "$NA" -6 addr add 2001:db8:a::1/64 dev vA nodad &&
"$IP" -n "$NA" route add 203.0.113.0/24 via 198.51.100.2 &&
"$IP" -n "$NA" -6 route add 2001:db8:b::/48 via 2001:db8:a::2 &&
"$IP" -n "$NA" -6 addr add ff05::123/128 dev vA autojoin &&
$INB link set vB up mtu 1400 &&
$INB addr add 198.51.100.2/24 dev vB &&
$INB addr add 203.0.113.2/24 dev vB &&
$INB -6 addr add 2001:db8:a::2/64 dev vB nodad &&
$INB route add default via 198.51.100.1 &&
$INB route add 10.9.0.0/16 via 198.51.100.1 metric 5 &&
$INB -6 route add default via 2001:db8:a::1 &&
$INB addr add 239.1.2.3/32 dev vB autojoin &&
"$IP" netns attach "$ND" "$PB" &&
: >"/run/netns/$NC2" && mount --bind "/run/netns/$NC" "/run/netns/$NC2" ||
	{ echo "$me: cannot build the namespaces" >&2; exit 2; }

# U: uid 65534's own user and network namespace, if it may make one
if [ "${LIVE_NETNS_USERNS:-1}" != 0 ] && $NOBODY "$UNSHARE" -rn true 2>/dev/null; then
	pop_start u 7300 nsU 8 $NOBODY "$UNSHARE" -rn
	PU=$pid
else
	echo "$me: user namespaces refused (or LIVE_NETNS_USERNS=0): U is a root-made namespace ($NU) holding a process of uid 65534" >&2
	"$IP" netns add "$NU" && "$IP" -n "$NU" link set lo up || exit 2
	pop_start u 7300 nsU 8 "$IP" netns exec "$NU" $NOBODY
	PU=$pid
fi

ino() { stat -L -c %i "$1"; }
IO=$(ino /proc/self/ns/net) IA=$(ino "/run/netns/$NA") IB=$(ino "/proc/$PB/ns/net")
IC=$(ino "/run/netns/$NC") IU=$(ino "/proc/$PU/ns/net")
[ "$(ino "/proc/$PA/ns/net")" = "$IA" ] && [ "$(ino "/run/netns/$ND")" = "$IB" ] &&
	[ "$(ino "/run/netns/$NC2")" = "$IC" ] && [ "$IU" != "$IO" ] && [ "$IB" != "$IO" ] &&
	[ "$IA" != "$IB" ] ||
	{ echo "$me: the namespaces are not what they should be" >&2; exit 2; }
for p in $PA $PB $PU; do
	settle 10 0.5 /proc/$p/net/dev /proc/$p/net/snmp /proc/$p/net/snmp6 /proc/$p/net/igmp /proc/$p/net/igmp6
done

# ---- 1, 2: each case in a namespace -------------------------------------

# one_case LINE: the case LINE (arguments, "-" none, "%..." numbers move) of
# group $glabel: net-tools after $refw against ours after $binw with each
# form of $forms ("LABEL|SOURCE|first or last|SPEC ARGUMENTS" a line)
one_case() {
	loose=
	case $1 in '-') args= ;; *) args=$1 ;; esac
	tries=2
	case $args in '%'*) loose=between args=${args#%} tries=3 ;; esac
	source= wrap=$refw
	# shellcheck disable=SC2086
	run ref 0 $args
	while IFS='|' read -r flabel fsrc fplace fspec; do
		[ -n "$flabel" ] || continue
		# shellcheck disable=SC2086
		case "$fplace: $args " in
		*' -- '* | first:*) set -- $fspec $args ;;
		*) set -- $args $fspec ;;
		esac
		try=0
		while :; do
			source=$fsrc wrap=$binw
			run bin 0 "$@"
			source= wrap=$refw
			if [ "$loose" = between ]; then
				# shellcheck disable=SC2086
				run ref2 0 $args
			fi
			# a number may have moved between the runs: again, once (a
			# "between" case: up to 3 times)
			if same || [ $((try += 1)) -ge $tries ]; then
				break
			fi
			# shellcheck disable=SC2086
			run ref 0 $args
		done
		same
		tally $? "[$glabel $flabel${fsrc:+, NETSTAT_SOURCE=$fsrc}] netstat $*"
	done <<EOF
$forms
EOF
	loose=
}

# group LABEL CASES: each case of CASES in group LABEL
group() {
	glabel=$1
	while IFS= read -r line; do
		case $line in '' | '#'*) continue ;; esac
		one_case "$line"
	done <<EOF
$2
EOF
}

# -c: the first round (stopped by SIGINT after 0.5 s)
continuous() {
	TMO='-s INT 0.5'
	for a in -tnc -rnc -ic; do
		[ -n "${1:-}" ] || [ "$a" != -ic ] || continue
		one_case "$a"
	done
	TMO=${LIVE_TIMEOUT:-20}
}

refw="$NSENTER -n -t $PB" binw=
forms="pid||first|--netns=$PB
path||first|--netns /proc/$PB/ns/net
name||last|--netns $ND
pid|proc|last|--netns=$PB"
group B "$CASES$EXTRA"
continuous i

refw="$IP netns exec $NA" binw=
forms="name||first|--netns $NA
path||last|--netns=/run/netns/$NA
pid||first|--netns=$PA
name|proc|first|--netns=$NA"
group A "$CASES$EXTRA"
continuous i

refw="$IP netns exec $NC" binw=
forms="name||first|--netns=$NC
alias||last|--netns $NC2
path||first|--netns=/run/netns/$NC2"
group C "$CASES_C"

refw="$NSENTER -n -t $PU" binw=
forms="pid||first|--netns=$PU"
group 'U, uid 0,' "$CASES_UROOT"

refw="$NSENTER -n -t $PU $NOBODY" binw=$NOBODY
forms="pid||first|--netns=$PU
pid|proc|last|--netns $PU"
group 'U, uid 65534,' "$CASES$EXTRA_U"
continuous

# a root process's namespace, as uid 65534: not entered, read from
# /proc/PID/net, which the kernel lets anyone read
refw="$NSENTER -n -t $PB $NOBODY" binw=$NOBODY
forms="pid||first|--netns=$PB"
group 'B, uid 65534,' "$CASES_NOBODY"
refw="$IP netns exec $NA $NOBODY" binw=$NOBODY
forms="pid||last|--netns $PA"
group 'A, uid 65534,' "$CASES_NOBODY"

# uid 65534 with a /proc of its own mounted hidepid=2 (tests/live/netns-hidepid),
# where it sees its own processes only
cp "$here/live/netns-hidepid" "$T/hidepid" && chmod 755 "$T/hidepid" || exit 2
refw="$T/hidepid 2 $NSENTER -n -t $PU $NOBODY" binw="$T/hidepid 2 $NOBODY"
forms="pid||first|--netns=$PU"
group 'U, uid 65534, hidepid=2,' "$CASES_NOBODY"

# ---- 2, 3: refusals and errors ------------------------------------------

# expect UID STATUS STDERR ARGS...: netstat ARGS as UID (after $ewrap) must
# print nothing on stdout, exactly STDERR (a line) on stderr, and exit with
# STATUS
ewrap=
expect() {
	u=$1
	printf '%s\n' "$3" >"$T/run/ref.err"
	echo "$2" >"$T/run/ref.rc"
	: >"$T/run/ref.out"
	shift 3
	source= wrap=$ewrap
	if [ -n "$ewrap" ] && [ "$u" != 0 ]; then # $ewrap first, as root
		wrap="$ewrap $SETPRIV --reuid=$u --regid=$u --clear-groups --"
		run bin 0 "$@"
	else
		run bin "$u" "$@"
	fi
	refname=expected
	same
	tally $? "[uid $u${ewrap:+, ${ewrap##*/}}] netstat $*"
	refname=net-tools
}

for a in -i -ia -ie -iae --interfaces; do
	for p in $PU $PB; do
		expect 65534 1 "netstat: --netns=$p: -i needs to enter it" --netns=$p $a
		expect 65534 1 "netstat: --netns=$p: -i needs to enter it" $a --netns $p
	done
done
# refused with --json too: no document at all
for p in $PU $PB; do
	expect 65534 1 "netstat: --netns=$p: -i needs to enter it" --json --netns=$p -i
done
# a root process whose /proc/PID uid 65534 may not read: /proc mounted
# hidepid=1 (EPERM) or hidepid=2 (ENOENT)
for a in -tln -an -r -i -g -s -; do
	[ "$a" != - ] || a=
	ewrap="$T/hidepid 1"
	expect 65534 1 "netstat: --netns=$PB: Operation not permitted" --netns=$PB $a
	expect 65534 1 "netstat: --netns=$PA: Operation not permitted" $a --netns $PA
	ewrap="$T/hidepid 2"
	expect 65534 1 "netstat: --netns=$PB: No such file or directory" --netns=$PB $a
	expect 65534 1 "netstat: --netns=$PA: No such file or directory" $a --netns $PA
done
ewrap=
nopid=$(($(cat /proc/sys/kernel/pid_max) + 1))
mkdir "$T/priv" && : >"$T/priv/f" && chmod 700 "$T/priv" || exit 2
for a in -tln -an -r -i -g -s -; do
	[ "$a" != - ] || a=
	# uid 65534 may not enter a namespace: one named by a path or a name
	expect 65534 1 "netstat: --netns=$NA: Operation not permitted" --netns=$NA $a
	expect 65534 1 "netstat: --netns=/proc/$PU/ns/net: Operation not permitted" \
		--netns=/proc/$PU/ns/net $a
	expect 65534 1 "netstat: --netns=$T/priv/f: Permission denied" --netns=$T/priv/f $a
	expect 0 1 "netstat: --netns=$T/priv/f: not a network namespace" --netns=$T/priv/f $a
	for u in 0 65534; do
		expect $u 1 "netstat: --netns=nosuch$$: No such file or directory" --netns=nosuch$$ $a
		expect $u 1 "netstat: --netns=ALL: No such file or directory" $a --netns ALL
		expect $u 1 "netstat: --netns=$nopid: No such file or directory" --netns=$nopid $a
		expect $u 1 "netstat: --netns=0: No such file or directory" --netns 0 $a
		expect $u 1 "netstat: --netns=/nonexistent/ns: No such file or directory" \
			$a --netns=/nonexistent/ns
		expect $u 1 "netstat: --netns=/etc/passwd: not a network namespace" --netns=/etc/passwd $a
		expect $u 1 "netstat: --netns=/tmp: not a network namespace" --netns /tmp $a
		expect $u 1 "netstat: --netns=/proc/self/ns/uts: not a network namespace" \
			--netns=/proc/self/ns/uts $a
		expect $u 1 "netstat: --netns=nosuch$$: No such file or directory" \
			--json --netns=nosuch$$ $a
	done
done
# no argument: a usage error (exit 3, the usage on stderr)
source= wrap=
run bin 0 -tln --netns
[ "$(cat "$T/run/bin.rc")" = 3 ] && [ ! -s "$T/run/bin.out" ] &&
	[ "$(head -n 1 "$T/run/bin.err")" = "netstat: option '--netns' requires an argument" ]
st=$?
if [ $st = 0 ]; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL [uid 0] netstat -tln --netns   (want exit 3, nothing on stdout, the usage after"
	echo "  netstat: option '--netns' requires an argument)"
	echo "exit status $(cat "$T/run/bin.rc")"
	head -n 3 "$T/run/bin.err"
fi

# ---- 4: --netns=all -----------------------------------------------------

# check_all KIND LABEL CHECKER-ARGS -- ARGS...: netstat ARGS (--netns=all
# among them) between two scans, checked by netns-all.py KIND CHECKER-ARGS
# (again, up to 5 times, where a process it walked went away); its reasons
# on failure
check_all() {
	kind=$1 label=$2
	shift 2
	ca=
	while [ "$1" != -- ]; do
		ca="$ca $1"
		shift
	done
	shift
	ad=$T/run/all
	rm -rf "$ad" && mkdir "$ad"
	try=0
	while :; do
		"$PY" "$T/netns-all.py" scan >"$ad/before"
		source= wrap=
		run bin 0 "$@"
		cp "$T/run/bin.out" "$ad/out" && cp "$T/run/bin.err" "$ad/err" && cp "$T/run/bin.rc" "$ad/rc"
		"$PY" "$T/netns-all.py" scan >"$ad/after"
		# shellcheck disable=SC2086
		"$PY" "$T/netns-all.py" $kind "$ad" $ca >"$ad/why" 2>&1
		st=$?
		[ $st = 3 ] && [ $((try += 1)) -lt 5 ] || break
	done
	[ $st = 0 ] && pass=$((pass + 1)) && return 0
	fail=$((fail + 1))
	echo "FAIL [all, $label] netstat $*"
	head -n 40 "$ad/why"
	return 1
}

# heads ARGS...: the headings of ours, A, B, C and U must be there, ours
# first, and A and D never by name (they are held by a process)
heads() {
	ao=$T/run/all/out
	{
		[ "$(head -n 1 "$ao")" = "Network namespace $IO (pid $$, sh):" ] ||
			echo "  want first: Network namespace $IO (pid $$, sh):"
		for h in "$IA (pid $PA, nsA)" "$IB (pid $PB, nsB \"q\" x)" "$IU (pid $PU, nsU)"; do
			[ "$(grep -cxF "Network namespace $h:" "$ao")" = 1 ] ||
				echo "  want once: Network namespace $h:"
		done
		# C has two names: by one of them, once
		[ "$(grep -cxF -e "Network namespace $IC (ip netns $NC):" \
			-e "Network namespace $IC (ip netns $NC2):" "$ao")" = 1 ] ||
			echo "  want once: Network namespace $IC (ip netns $NC or $NC2):"
		for n in $NA $ND; do
			! grep -qF "(ip netns $n)" "$ao" || echo "  want no (ip netns $n)"
		done
	} >"$T/run/all/heads"
	if [ ! -s "$T/run/all/heads" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL [all, headings] netstat $*"
		cat "$T/run/all/heads"
	fi
}

# the references: net-tools in ours, A, B, C and U (as root; the exit
# status of --netns=all is 1 if one of them exits 1), and ours alone in each
# with --json
R=$T/run
for a in -tln -tlnp -rn -i; do
	st=0
	for n in O A B C U; do
		case $n in
		O) wrap= ;;
		A) wrap="$IP netns exec $NA" ;;
		B) wrap="$NSENTER -n -t $PB" ;;
		C) wrap="$IP netns exec $NC" ;;
		U) wrap="$NSENTER -n -t $PU" ;;
		esac
		source=
		run ref 0 $a
		cp "$T/run/ref.out" "$R/$n$a"
		[ "$(cat "$T/run/ref.rc")" = 0 ] || st=1
	done
	echo $st >"$R/rc$a"
	wrap=
	run bin 0 --json $a && cp "$T/run/bin.out" "$R/jO$a"
	run bin 0 --json --netns=$NA $a && cp "$T/run/bin.out" "$R/jA$a"
	run bin 0 --json --netns=$PB $a && cp "$T/run/bin.out" "$R/jB$a"
	run bin 0 --json --netns=$NC $a && cp "$T/run/bin.out" "$R/jC$a"
	run bin 0 --json --netns=$PU $a && cp "$T/run/bin.out" "$R/jU$a"
done
for a in -tln -tlnp -rn -i; do
	refs="rc=$(cat "$R/rc$a") $IO=$R/O$a $IA=$R/A$a $IB=$R/B$a $IC=$R/C$a $IU=$R/U$a"
	check_all text "text $a" $refs -- --netns=all $a
	heads --netns=all $a
	case $a in -rn) key=routes ;; -i) key=interfaces ;; *) key=sockets ;; esac
	check_all json "json $a" $key $refs "$IO@$R/jO$a" "$IA@$R/jA$a" "$IB@$R/jB$a" \
		"$IC@$R/jC$a" "$IU@$R/jU$a" -- --netns=all --json $a
done
check_all json "json -s" statistics -- --netns=all --json -s
check_all json "json -tlnp, the option last" sockets "$IA=$R/A-tlnp" "$IB@$R/jB-tlnp" \
	-- -tlnp --json --netns all

ns_cleanup
live_end
[ "$fail" -eq 0 ]
