#!/bin/sh
# Live differential test: BINARY against Debian's net-tools /usr/bin/netstat on
# the same socket population (tests/live/sockpop.c), inside a private network
# namespace that has only loopback, as root and as unprivileged uids.
#
#   sh tests/live.sh BINARY          (must run as root: unshare -n -m, setpriv)
#
# Each case runs "netstat ARGS" (argv[0] is "netstat" for both tools, LC_ALL=C,
# empty environment otherwise) and compares stdout, stderr and exit status
# byte for byte.  Failing cases print a unified diff (first 40 lines; a "$" is
# appended to diff lines that end in blanks, to show where they end); the last
# line is "live: N passed, M failed".  Exit status 1 if M > 0, 2 if the suite
# could not run.
#
# Every case runs twice: ours with NETSTAT_SOURCE=proc and with
# NETSTAT_SOURCE=netlink (its note of a table that sock_diag could not dump
# is allowed only for the protocols tests/live/diag-probe.py finds missing).
# Then a few cases run with sock_diag made to fail (tests/live/failsys.c):
# ours must fall back to /proc and print what net-tools prints.
#
# Environment: LIVE_REF (default /usr/bin/netstat), LIVE_UIDS (default
# "0 65534 1"), LIVE_SOURCES (default "proc netlink"), LIVE_TIMEOUT (seconds per run, default 20), LIVE_KEEP=1 keeps
# the temp dir.
#
# SPDX-License-Identifier: 0BSD

# ---- cases: one per line, the arguments given to netstat ------------------
# A leading "%" marks a case whose numbers move (timers): ours must lie
# between those of two net-tools runs.  A leading "~" marks a loose case (help, version, usage errors: the text is
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
#--- repeated flags, odd orders, "--" (operands are filters: tests/live-find.sh)
-tt -nn
-e -e -a
-p -p -x
-tu --
-x -a --
-av
-alv
-tv
-vv
#--- timers: byte for byte where they stand still (listeners, udp, raw);
#    where they run (SYN_SENT, FIN_WAIT2, a zero-window probe) ours must lie
#    between two runs of net-tools
%-ton
%-aon
%-taon6
%-taonp
%-taoneW
%--tcp --timers
-lton
-lo
-lneo
-l6o
-uaon
-Uaon
-wao
-wanoe
--listening --timers --numeric
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

me=live
# 65534 owns some of the sockets (-p: "Not all processes could be identified"
# note); 1 owns none of them (-p: the "No info could be read" note)
UIDS=${LIVE_UIDS:-0 65534 1}
# both sources of ours: /proc only, and sock_diag wherever it gives /proc's rows
SOURCES=${LIVE_SOURCES:-proc netlink}
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"
sockpop_start
live_cases

# ---- faults: sock_diag failing at socket(), send() or recv(); ours reads
# /proc instead, silently, and prints what net-tools prints ----------------
(cd "$repo" && make -s build/failsys) >&2 || { echo "$me: cannot build failsys" >&2; exit 2; }
for fault in socket send recv; do
	for args in -tan -uan -lntu -an -wan -Uan -tanp; do
		wrap= source=
		run ref 0 $args
		wrap="$repo/build/failsys $fault"
		run bin 0 $args
		same
		tally $? "[fault $fault] netstat $args"
	done
	# and the fault did reach sock_diag: ours says so when asked
	source=netlink
	run bin 0 -tn
	grep -q "^netstat: sock_diag: tcp: " "$T/run/bin.err"
	tally $? "[fault $fault] NETSTAT_SOURCE=netlink netstat -tn names the fault"
done
wrap= source=
live_end
[ "$fail" -eq 0 ]
