#!/bin/sh
# Scratch container test: BINARY alone in an empty root, as in a FROM
# scratch or distroless image, against net-tools with no /etc.
#
#   sh tests/scratch.sh BINARY        (as root: unshare, chroot, ip)
#
# In private mount, network and PID namespaces (unshare -n -m -p --fork
# --mount-proc) with the live socket population (tests/live/sockpop.c), lo
# and a veth pair with documentation addresses and routes: BINARY is copied
# into an empty tmpfs as /netstat, a /proc of the namespace is mounted
# there and nothing else (no /etc, /dev, /tmp, no shell, no libraries), and
# each case runs "chroot ROOT netstat ARGS" (argv[0] "netstat", PATH=/, no
# other environment).  The oracle is /usr/bin/netstat run the same way in
# a second root that has the machine's /usr (and /bin, /lib... as they are
# here: links or read-only binds), the same /proc, and an empty /etc: no
# services, protocols, hosts, networks, passwd, nsswitch.conf nor
# resolv.conf, so glibc falls back to its defaults (DNS to 127.0.0.1,
# where nothing answers, then files it cannot find).  stdout, stderr and
# the exit status must be the same byte for byte; for -s and -i, whose
# counters move, ours must lie between two runs of net-tools as in
# tests/live-stats.sh.  Cases as uid 65534 run with chroot --userspec.
# The last line is "scratch: N passed, M failed"; exit 1 if M > 0, 2 if the
# suite could not run.
#
# Environment: LIVE_REF, LIVE_TIMEOUT, LIVE_KEEP (tests/live/lib.sh).
#
# SPDX-License-Identifier: 0BSD
CASES='
-tulpn
-tuln
-an
-anp
-tae
-ua
-r
-rn
-ree
%-i
%-ie
-xa
-xap
-g
-gn
%-s
%-st
'
CASES_NOBODY='
-tulpn
-xap
-tae
'
me=scratch
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
CHROOT=$(command -v chroot) || { echo "$me: needs chroot" >&2; exit 2; }
live_enter "-n -m -p --fork --mount-proc" "$@"

# ---- the network: lo, a veth pair with addresses and routes ----------------
quiet_ipv6
ip link add sc0 type veth peer name sc1 &&
	ip addr add 192.0.2.1/24 dev sc0 &&
	ip -6 addr add 2001:db8:5c::1/64 dev sc0 nodad &&
	ip link set sc0 up && ip link set sc1 up &&
	ip route add 198.51.100.0/24 via 192.0.2.254 &&
	ip route add default via 192.0.2.254 ||
	{ echo "$me: cannot set up the veth pair" >&2; exit 2; }
sockpop_start

# ---- the two roots, on a tmpfs of their own outside $T --------------------
# (never removed but by rmdir once unmounted: the oracle's root holds binds
# of the machine's /usr)
R=$(mktemp -d /tmp/scratch-roots.XXXXXX) || exit 2
scratch_cleanup() {
	[ -n "$R" ] || return 0
	umount -R "$R" 2>/dev/null && rmdir "$R"
	R=
}
trap 'scratch_cleanup; live_cleanup' EXIT
mount -t tmpfs -o mode=0755 scratch-roots "$R" || { echo "$me: cannot mount a tmpfs" >&2; exit 2; }
S=$R/scratch O=$R/oracle
mkdir -p "$S/proc" "$O/proc" "$O/etc" && chmod 755 "$S" "$O" "$O/etc" &&
	cp "$bin" "$S/netstat" && chmod 755 "$S/netstat" &&
	mount -t proc proc "$S/proc" && mount -t proc proc "$O/proc" ||
	{ echo "$me: cannot make the roots" >&2; exit 2; }
for d in usr bin sbin lib lib32 lib64 libx32; do
	if [ -L "/$d" ]; then
		cp -P "/$d" "$O/$d" || exit 2
	elif [ -d "/$d" ]; then
		mkdir "$O/$d" && mount --bind -o ro "/$d" "$O/$d" ||
			{ echo "$me: cannot bind /$d" >&2; exit 2; }
	fi
done
[ -x "$O$REF" ] || { echo "$me: $REF is not under /usr, /bin, /sbin" >&2; exit 2; }
# what the scratch root holds: that, and /proc's contents
got=$(cd "$S" && ls -A | tr '\n' ' ')
[ "$got" = "netstat proc " ] || { echo "$me: scratch root holds $got" >&2; exit 2; }

# run NAME UID ARGS...: "netstat ARGS" chrooted into the oracle's root
# (NAME ref, ref2) or the scratch root (bin), as UID, output in
# $T/run/NAME.{out,err,rc} (replaces tests/live/lib.sh's run)
run() {
	o=$T/run/$1 d=${1%%[0-9]*} who=$2
	shift 2
	if [ "$d" = ref ]; then
		root=$O path=${REF%/*}
	else
		root=$S path=/
	fi
	us=
	[ "$who" = 0 ] || us=--userspec=$who:$who
	# shellcheck disable=SC2086
	(cd / && exec timeout -k 2 "$TMO" env -i PATH="$path" "$CHROOT" $us "$root" netstat "$@") \
		</dev/null >"$o.out" 2>"$o.err"
	echo $? >"$o.rc"
}

UIDS=0
live_cases
UIDS=65534 CASES=$CASES_NOBODY
live_cases
scratch_cleanup
live_end
[ "$fail" -eq 0 ]
