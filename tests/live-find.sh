#!/bin/sh
# Live differential test of netstat's extensions: filter operands (:PORTS,
# @ADDR[/PREFIX][:PORTS], @HOST, state=, pid=, cmd=, user=), --dual-stack,
# --exe and --cmdline.  BINARY runs on the live socket population
# (tests/live/sockpop.c) plus tests/live/find.py's own (dual-stack and
# v6-only sockets, a v4-mapped connection, processes with odd command
# lines: tests/live/oddproc.c), in a private network and mount namespace
# where /etc/hosts and /etc/services are ours (the originals are left alone).
#
#   sh tests/live-find.sh BINARY     (as root: unshare -n -m, setpriv, gcc)
#
# The expected output of a case is net-tools' output of the same flags without
# the operands (and with -p for --exe / --cmdline, with -6 for -4
# --dual-stack), from which tests/live/find.py removes the rows that do not
# match, relabels, renames or extends, as the specification says, using a
# second net-tools listing of the same rows with -e -n -W (numeric addresses,
# uid, inode), sock_diag (IPV6_V6ONLY) and /proc read as the case's uid.
# stdout, stderr and exit status must be those; with pid= or cmd= (or user=
# where unix rows are listed) but no -p, stderr is net-tools' stderr with -p:
# the processes are scanned, and their notes printed, as for -p.
# Every case runs as uids 0 and 65534, with NETSTAT_SOURCE=proc and =netlink.
# A case whose operands keep all rows or none (where they should keep some)
# is itself a failure: a filter that is ignored must fail the suite.
# The last line is "live-find: N passed, M failed"; exit status 1 if M > 0,
# 2 if the suite could not run.
#
# Environment: LIVE_REF, LIVE_TIMEOUT, LIVE_KEEP (see tests/live/lib.sh),
# LIVE_UIDS (default "0 65534"), LIVE_SOURCES (default "proc netlink").
#
# SPDX-License-Identifier: 0BSD

# ---- cases: the arguments of ours, split at blanks; {NAME} is the pid of a
# process of the population (main daemon odd long nobody: sockpop's roles;
# python3 args title deleted: find.py's).  A leading "%MARKS" word:
#   0  the operands keep no row (default: at least one kept, one removed)
#   D  no row count check; the expectation must differ from net-tools' output
#   R  as root only (user= on unix rows: only root can know every owner)
#   I  operands ignored (-r, -i, -s): net-tools' output of the flags alone,
#      tried twice (counters may move)
CASES='
#--- ports
-tan :22
-tn :31001
-tan :22,80
-tan :31000-31099
-an :31000-31099
-tuan :53
-uan :31020
-Uan :7001,31030
-tan :8990,31001-31002,32001
-tan :22 :80
-tan :ssh
-tan :afs3-prserver
-tan :findtest-a
-uan :findtest-a
-ta :ssh
-tua :domain,31020
%0 -ax :22
-an :22
:22 -tan
-tan -- :22
-t :31001 -an
-tanW :8990
-tane :22,31040
-lntu :53
--tcp --all --numeric :31001
-ta --numeric-hosts :ssh,http
-l :22
:31001
#--- addresses
-tan @127.0.0.1
-tan @127.0.0.0/8
-tan @127.0.0.1/32
-tan @127.123.234.245
-tan @0.0.0.0/0
-tan @::1
-tan @::1/128
-tan @[::1]
-tan @::/0
-aUn @::/0
%0 -tan @fe80::/10
%0 -tan @[fe80::]/10:22
-tan @[::]/0:53
-tan @127.123.234.245:8990
%0 -tan @127.200.100.250:8990
-tan @127.200.100.250
-tan @127.200.100.250 :8990
-tan @[::1]:53
-tan @[::1]:53,3389
-tuan @127.0.0.1:31020-31022
-tan @127.0.0.1 @::1
-tan @127.0.0.1 :31001
-tan6 @127.0.0.1
-an -A inet6 @127.0.0.1
-uan @127.0.0.1
-an @127.0.0.1
-awn @127.0.0.1
-tan @localhost
-tan @myhost
-tan @myhost6
-tan @multi
-tan @myhost:32010
-ta @myhost
-t @localhost
-ltn @::/0
-tanW @127.123.234.245
#--- states
-tan state=LISTEN
-tan state=listen
-tan state=ESTABLISHED,SYN_SENT
-tan state=FIN_WAIT2 state=CLOSE_WAIT
-tan state=^ESTABLISHED
-tan state=^LISTEN,^ESTABLISHED
%0 -tan state=TIME_WAIT
%0 -tan state=SYN_RECV
-uan state=CLOSE
-uan state=ESTABLISHED
-awn state=close
-awn state=ESTABLISHED
-an state=CLOSE
-ax state=LISTENING
-ax state=connected
-ax state=CLOSE
-ax state=^CONNECTED
%0 -ax state=LISTEN
-an state=LISTEN,LISTENING
-ln state=LISTEN
-taneW state=LISTEN
state=connected
#--- processes
-tan pid={main}
-an pid={daemon}
-an pid={main},{nobody}
-an pid={odd} pid={long}
-anp pid={nobody}
-ax pid={nobody}
-uan pid={daemon}
-uan pid={main}
-tan pid={python3}
%0 -anp pid=1
-an cmd=sockpop
-an cmd=sockpop-d
-tan cmd=./rel
%0 -tan cmd=sockpop-odd
-an cmd=python3
-anp cmd=oddproc
-an cmd=myservice
-uan cmd=sockpop-d
-ax cmd=sockpop-nob
-an cmd=sockpop-ti
-an cmd=sockpop-ti cmd=myservice
-a -A inet,unix --numeric pid={main}
#--- users: an inet row has the uid of its -e User column, a unix socket that
#    of its inode (UNIX_DIAG_UID of sock_diag, checked against /proc below)
-tan user=root
-tan user=0
-an user=nobody
-an user=65534
-ax user=nobody
-tane user=65534
-tan user=nobody user=daemon
-tae user=nobody
%R -ax user=root
%R -an user=0
%0 -tan user=daemon
#--- combinations: same kind OR, different kinds AND
-tan :31001 state=ESTABLISHED
-tan @127.0.0.1 state=LISTEN
-an pid={daemon} state=^ESTABLISHED
-an cmd=sockpop user=nobody
-tan :22,21 user=root
-ax cmd=sockpop state=LISTENING
-anp :31040 user=nobody pid={nobody}
-tuan state=LISTEN state=CLOSE :31000-32100
-an @::1 cmd=sockpop-d state=ESTABLISHED
#--- ignored with -r, -i, -s (but checked: see BADOPS)
%I -rn :22
%I -r @127.0.0.1 state=LISTEN
%I -rn6 cmd=x
%I -in state=LISTEN
%I -s :22
#--- --dual-stack
%D --dual-stack -tln
%D --dual-stack -tlnW
%D --dual-stack -uln
%D --dual-stack -Uln
%D --dual-stack -tuln
%D --dual-stack -tan
%D --dual-stack -uan
%D --dual-stack -tuln4
%D -Uan4 --dual-stack
%D --dual-stack -tl --inet
%D --dual-stack -ul -A inet
%D --dual-stack -tuln6
%D --dual-stack -an4
%D --dual-stack -tulpn
%D --dual-stack -tulen
%D --dual-stack -l
--dual-stack -tan @127.0.0.1
--dual-stack -tuln4 :32001,32002,32003,32004
--dual-stack -tan state=LISTEN
--dual-stack -uan4 @127.0.0.1
#--- --exe and --cmdline
%D -tlnp --exe
%D -anp --exe
%D -axp --exe
%D -tlnp --exe -W
%D -tln --cmdline
%D -tlnp --cmdline
%D -an --cmdline
%D -ax --cmdline
%D -tlne --cmdline
%D -tl --cmdline
%D -tlnp --exe --cmdline
%D -uan --cmdline
%D -tlnW --cmdline
-tan --cmdline pid={args}
-ax --cmdline cmd=oddproc
# (cmd= with --exe: the argv[0] and the exe names both start with python3;
# whether cmd= follows --exe is left open)
-tlnp --exe cmd=python3
-an --cmdline --exe :32020-32022
'

# bad operands: each alone after -tan, and a few in other places
BADOPS=':99999 :0- :5-3 :nosuchservice state=BOGUS state= @300.1.1.1 @1.2.3.4/33 @[::1 @nosuchhost pid=x user=nosuchuser xyz cmd='
BADCASES='
-tan :22 xyz
xyz -tan
-tan -- xyz
-rn xyz
-in :99999
-s state=BOGUS
-r -A inet6 @[::1
--dual-stack -tln @300.1.1.1
-tln --cmdline pid=x
-tlnp --exe :5-3
'

me=live-find
UIDS=${LIVE_UIDS:-0 65534}
SOURCES=${LIVE_SOURCES:-proc netlink}
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"
find=$here/live/find.py
refname=expected # what the diffs of failing cases name the expectation
# the system python3 (a python3 earlier in PATH may not be readable by uid 65534)
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)

# ---- /etc/hosts and /etc/services of our own -----------------------------
mkdir -p "$T/etc"
cat >"$T/etc/hosts" <<'EOF'
127.0.0.1	localhost
::1	localhost ip6-localhost ip6-loopback
127.0.0.5	myhost
::1	myhost6
127.123.234.245	multi
::1	multi
EOF
{ cat /etc/services; printf 'findtest-a\t31001/tcp\nfindtest-a\t31020/udp\n'; } >"$T/etc/services"
etc_bind hosts services

# ---- the populations ------------------------------------------------------
gcc -O2 -Wall -o "$T/oddproc" "$here/live/oddproc.c" || { echo "$me: cannot build oddproc" >&2; exit 2; }
chmod 755 "$T/oddproc"
sockpop_start
mkfifo "$T/pop.in" || exit 2
(cd / && exec "$PY" "$find" pop "$T" "$T/oddproc") <"$T/pop.in" >"$T/pop.out" 2>"$T/pop.err" &
BG=$! # live_cleanup kills it
exec 8>"$T/pop.in"
await_ready "find.py pop" "$BG" "$T/pop"

# {NAME} -> pid: sockpop's processes by their argv[0], find.py's by its list
set +f
: >"$T/pids.sed"
ns=$(readlink /proc/self/ns/net)
for p in /proc/[0-9]*; do
	[ "$(readlink "$p/exe" 2>/dev/null)" = "$sockpop" ] &&
		[ "$(readlink "$p/ns/net" 2>/dev/null)" = "$ns" ] || continue
	a0=$(tr '\0' '\n' <"$p/cmdline" | head -n 1)
	case $a0 in
	*sockpop-daemon) n=daemon ;;
	*sockpop-odd) n=odd ;;
	sockpop-title*) n=long ;;
	sockpop-nobody) n=nobody ;;
	"$sockpop") n=main ;;
	*) continue ;;
	esac
	echo "s/{$n}/${p#/proc/}/g" >>"$T/pids.sed"
done
set -f
awk '$1 == "proc" { print "s/{" $2 "}/" $3 "/g" }' "$T/pop.out" >>"$T/pids.sed"
for n in main daemon odd long nobody python3 args title deleted; do
	[ "$(grep -c "{$n}" "$T/pids.sed")" = 1 ] || { echo "$me: not one pid for $n" >&2; exit 2; }
done

# what each uid may know of the processes; IPV6_V6ONLY of every socket
for u in $UIDS; do
	if [ "$u" = 0 ]; then
		"$PY" "$find" scan >"$T/scan.$u"
	else
		setpriv --reuid="$u" --regid="$u" --clear-groups -- "$PY" "$find" scan >"$T/scan.$u"
	fi || { echo "$me: find.py scan failed" >&2; exit 2; }
done
"$PY" "$find" v6only >"$T/v6only" && "$PY" "$find" ss-v6only >"$T/ss-v6only" ||
	{ echo "$me: cannot read IPV6_V6ONLY" >&2; exit 2; }
diag_missing=$(python3 "$here/live/diag-probe.py" | tr ' ' '|') || exit 2

# check: tally STATUS LABEL MESSAGE for checks of the test itself
check() {
	if [ "$1" -eq 0 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $2"
		[ -z "${3:-}" ] || echo "$3"
	fi
}

# the population is what the cases assume: sock_diag agrees with ss and
# with how find.py made its sockets
"$PY" - "$T/v6only" "$T/ss-v6only" "$T/pop.out" >"$T/v6check" 2>&1 <<'EOF'
import json, sys
diag = json.load(open(sys.argv[1])); ss = json.load(open(sys.argv[2]))
bad = ['ss ino %s v6only:%s, sock_diag %s' % (k, v, diag.get(k)) for k, v in ss.items() if diag.get(k) != v]
if len(ss) < 10:
    bad.append('ss lists only %d inet6 sockets' % len(ss))
for line in open(sys.argv[3]):
    w = line.split()
    if w and w[0] == 'sock' and w[3] != '-' and diag.get(w[2]) != int(w[3]):
        bad.append('%s (inode %s): IPV6_V6ONLY %s, made with %s' % (w[1], w[2], diag.get(w[2]), w[3]))
print('\n'.join(bad))
sys.exit(1 if bad else 0)
EOF
check $? "[population] IPV6_V6ONLY from sock_diag = ss -tulne = as made" "$(cat "$T/v6check")"
# a unix socket's owner (user=) is its inode's uid: sock_diag's UNIX_DIAG_UID
"$PY" "$find" unix-uids >"$T/unix-uids" || { echo "$me: cannot read unix owners" >&2; exit 2; }
"$PY" - "$T/unix-uids" "$T/scan.0" >"$T/uidcheck" 2>&1 <<'EOF'
import json, sys
diag = json.load(open(sys.argv[1])); scan = json.load(open(sys.argv[2]))['uids']
bad = ['unix inode %s: UNIX_DIAG_UID %s, /proc/PID/fd owner %s' % (k, v, scan.get(k))
       for k, v in diag.items() if scan.get(k) != v]
if sorted(set(diag.values())) != [0, 65534]:
    bad.append('unix owners %s, want 0 and 65534' % sorted(set(diag.values())))
print('\n'.join(bad))
sys.exit(1 if bad else 0)
EOF
check $? "[population] unix socket owners: sock_diag = /proc" "$(cat "$T/uidcheck")"
grep -q '^sock tcp-mapped-established ' "$T/pop.out" && grep -q '^sock udplite-dual-any ' "$T/pop.out"
check $? "[population] find.py made the v4-mapped connection and the UDP-Lite sockets"
# -4 --dual-stack is expected from net-tools' -4 -6 listing: net-tools' -4
# is that listing without its v6 rows
source=
run ref1 0 -tuwUan4
run ref2 0 -tuwUan46
grep -Ev '^(tcp6|udp6|udpl6|raw6) ' "$T/run/ref2.out" | cmp -s - "$T/run/ref1.out"
check $? "[oracle] net-tools -4 = net-tools -4 -6 without v6 rows"

# usage text, as after a bad option
run bin 0 --bogus
tail -n +2 "$T/run/bin.err" >"$T/usage"
[ -s "$T/usage" ] || { echo "$me: $bin --bogus printed no usage" >&2; exit 2; }

# ---- the filter, --dual-stack, --exe, --cmdline cases ----------------------
# guard N MARKS: the case's expectation can tell a working filter from one
# that is ignored (checked as root, who sees every process)
guard() {
	[ "$u" = 0 ] || return 0
	read -r total kept <"$C/$1.$u.counts"
	ok=0
	case $2 in
	*I*) ;;
	*D*) cmp -s "$C/$1.$u.exp" "$C/$1.$u.ref" && ok=1 ;;
	*0*) [ "$kept" -eq 0 ] && [ "$total" -gt 0 ] || ok=1 ;;
	*) [ "$kept" -gt 0 ] && [ "$kept" -lt "$total" ] || ok=1 ;;
	esac
	[ $ok = 0 ] || check 1 "[guard] netstat $args: expectation keeps $kept of $total rows (marks '$2')"
}

# the cases as "MARKS|ARGS", pids in place; find.py's plan of each
C=$T/cases
mkdir "$C"
while IFS= read -r line; do
	case $line in '' | '#'*) continue ;; esac
	marks=
	case $line in '%'*) marks=${line%% *} line=${line#* } ;; esac
	echo "$marks|$line"
done <<EOF | sed -f "$T/pids.sed" >"$C/list"
$CASES
EOF
"$PY" "$find" plan-all "$C/list" >"$C/plan" || { echo "$me: find.py plan-all failed" >&2; exit 2; }

# net-tools: each case's listing as root with -e -n -W, and as each uid
source=
while IFS='|' read -r n marks args ref_opts meta_opts needp xflags operands; do
	case $marks in
	*I*) ;;
	*)
		# shellcheck disable=SC2086
		run ref 0 $meta_opts
		cp "$T/run/ref.out" "$C/$n.meta"
		;;
	esac
done <"$C/plan"
for u in $UIDS; do
	while IFS='|' read -r n marks args ref_opts meta_opts needp xflags operands; do
		# shellcheck disable=SC2086
		run ref "$u" $ref_opts
		cp "$T/run/ref.out" "$C/$n.$u.ref"
		cp "$T/run/ref.err" "$C/$n.$u.referr"
		cp "$T/run/ref.rc" "$C/$n.$u.refrc"
		if [ "$needp" = 1 ]; then
			# shellcheck disable=SC2086
			run ref "$u" $ref_opts -p
			cp "$T/run/ref.err" "$C/$n.$u.referr-p"
		fi
	done <"$C/plan"
	"$PY" "$find" expect-all "$C/plan" "$C" "$u" "$T/scan.$u" "$T/v6only" ||
		{ echo "$me: find.py expect-all failed" >&2; exit 2; }
done

# ours
for u in $UIDS; do
	while IFS='|' read -r n marks args ref_opts meta_opts needp xflags operands; do
		case $marks in *R*) [ "$u" = 0 ] || continue ;; esac
		case $marks in
		*I*) cp "$C/$n.$u.ref" "$C/$n.$u.exp"; echo "0 0" >"$C/$n.$u.counts" ;;
		esac
		guard "$n" "$marks"
		for source in $SOURCES; do
			# shellcheck disable=SC2086
			run bin "$u" $args
			r=$C/$n.$u
			case $marks in
			*I*)
				if ! cmp -s "$r.ref" "$T/run/bin.out"; then
					sleep 1 # counters may have moved: once more
					# shellcheck disable=SC2086
					{ run ref "$u" $ref_opts; run bin "$u" $args; }
					cp "$T/run/ref.out" "$r.exp"
				fi
				;;
			esac
			cp "$r.exp" "$T/run/ref.out"
			cp "$r.refrc" "$T/run/ref.rc"
			if [ "$needp" = 1 ]; then # the process scan's notes, as -p's
				cp "$r.referr-p" "$T/run/ref.err"
			else
				cp "$r.referr" "$T/run/ref.err"
			fi
			same
			tally $? "[uid $u, $source] netstat $args"
		done
	done <"$C/plan"
done

# ---- --dual-stack without sock_diag (PROC_ROOT): net-tools' stdout, and
# one note more on stderr ------------------------------------------------------
for u in $UIDS; do
	for args in -tln -tuln -uln -Uln -tan; do
		source=
		run ref "$u" $args
		wrap="env PROC_ROOT=/proc"
		# shellcheck disable=SC2086
		run bin "$u" --dual-stack $args
		wrap=
		"$PY" - "$T/run/ref.err" "$T/run/bin.err" <<'EOF'
import sys
r = open(sys.argv[1], 'rb').read().split(b'\n')
b = open(sys.argv[2], 'rb').read().split(b'\n')
notes = [i for i, l in enumerate(b) if l.startswith(b'netstat: ')]
ok = sum(l.startswith(b'netstat: ') for l in r) + 1 == len(notes) and \
    any(b[:i] + b[i + 1:] == r for i in notes)
sys.exit(0 if ok else 1)
EOF
		st=$?
		cmp -s "$T/run/ref.out" "$T/run/bin.out" && cmp -s "$T/run/ref.rc" "$T/run/bin.rc" || st=1
		loose=
		if [ $st = 0 ]; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL [uid $u, PROC_ROOT=/proc] netstat --dual-stack $args: want net-tools' stdout and exit status, its stderr and one 'netstat: ' note"
			cmp -s "$T/run/ref.rc" "$T/run/bin.rc" || echo "exit status: $refname $(cat "$T/run/ref.rc"), ours $(cat "$T/run/bin.rc")"
			diff -u --label "$refname stderr" --label "ours stderr" "$T/run/ref.err" "$T/run/bin.err" | head -n 20
			diff -u --label "$refname stdout" --label "ours stdout" "$T/run/ref.out" "$T/run/bin.out" | head -n 30
		fi
	done
done

# ---- bad operands: "netstat: bad filter 'OP'", the usage, exit 3 --------
: >"$T/run/ref.out"
echo 3 >"$T/run/ref.rc"
badcase() { # OP, then the arguments
	op=$1
	shift
	{ printf "netstat: bad filter '%s'\n" "$op"; cat "$T/usage"; } >"$T/run/ref.err"
	for u in $UIDS; do
		for source in $SOURCES; do
			run bin "$u" "$@"
			same
			tally $? "[uid $u, $source] netstat $*"
		done
	done
}
for op in $BADOPS; do
	badcase "$op" -tan "$op"
done
badcase "cmd=" -x "cmd="
while IFS= read -r line; do
	case $line in '' | '#'*) continue ;; esac
	for w in $line; do
		case $w in -*) ;; *) op=$w ;; esac
	done
	# shellcheck disable=SC2086
	badcase "$op" $line
done <<EOF
$BADCASES
EOF

exec 8>&-
source=
live_end
[ "$fail" -eq 0 ]
