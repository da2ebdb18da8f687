#!/bin/sh
# Live differential test of -i, -g and -M: BINARY against Debian's net-tools
# /usr/bin/netstat on one interface state, built inside a private network
# and mount namespace: lo, a bridge with a veth port, veth pairs (one end
# down, one with a 15-character name, one named Device) and, when the
# kernel has them, ifb devices, a tun (point-to-point, no hardware address),
# a tap and a vxlan; names that exercise net-tools' sort (eth1 eth01 eth2
# eth10 br0 br-x); IPv4 addresses with alias labels
# (v1:1 v1:22 v1:3), a peer address, IPv6 global, site-local, link-local,
# v4-compatible and v4-mapped addresses; flags PROMISC, ALLMULTI, NOARP,
# DYNAMIC, NOTRAILERS, no MULTICAST (and DEBUG, PORTSEL, AUTOMEDIA through
# SIOCSIFFLAGS when python3 is there); odd MTUs and queue lengths; IPv4 and
# IPv6 multicast groups joined with "ip addr add ... autojoin".  Documentation
# and made-up addresses only; /etc/hosts names some groups and DNS goes to
# 127.0.0.1, where nothing answers: no packet leaves the namespace.
#
#   sh tests/live-iface.sh BINARY      (as root: unshare -n -m, ip, setpriv)
#
# Each case runs "netstat ARGS" as root and as uid 65534 and compares
# stdout, stderr and exit status byte for byte; for "~ARGS" (usage errors,
# whose text is our own) only the status and which streams are empty.  A
# case that differs is run once more, as a late IGMP/MLD report may change
# a counter between the two runs; a failure prints a diff.  Then the first
# round of -c for a few flag sets (net-tools prints its title only once).
# The last line is "iface: N passed, M failed"; exit status 1 if M > 0,
# 2 if the suite could not run.
# LIVE_IFACE_CAPTURE=DIR copies the namespace's dev, igmp, igmp6 and if_inet6
# to DIR/net/ (how tests/fixtures/iface-ns was made); LIVE_IFACE_SHOW="ARGS"
# first prints what net-tools says for ARGS there (e.g. "-iae").
#
# SPDX-License-Identifier: 0BSD

CASES='
-i
-ia
-ie
-iae
-iaee
-in
-ian
-ien
-iaen
-iv
-iav
-iaW
-ial
-iap
-iao
-iaeo
-iat
-iax
-ia4
-ia6
-iA inet6
--interfaces
--interfaces --all
--interfaces --all --extend
--interfaces --numeric
-g
-gn
-ga
-gl
-ge
-gv
-g4
-g6
-gn4
-gn6
-gA inet
-gA inet6
-gA inet,inet6
-gt
-gtn
-gu
-gw
-gx
-gxn
-gan
-g --numeric-hosts
-g --numeric-ports
--groups
--groups --numeric
-M
-Mn
-Me
-Mv
-Ma
-Mc
--masquerade
-Z
-S
-N
-C
-F
-iZ
~-iM
~-ir
~-is
~-gM
~-ig -q
'

me=iface
UIDS=${LIVE_UIDS:-0 65534}
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"

mkdir "$T/etc"
# names for some groups (one longer than the column)
cat >"$T/etc/hosts" <<'EOF'
127.0.0.1	localhost
224.0.0.1	all-systems.mcast.net
239.1.2.3	a-group-with-a-rather-long-name.example
ff02::1		ip6-allnodes
ff05::123	group6
EOF
etc_bind hosts

# no IPv6 chatter, and unsolicited IGMP/MLD reports once only, so that the
# counters hold still while the cases run
quiet_ipv6
for k in all default; do
	sysctl -qw net.ipv6.conf.$k.mldv2_unsolicited_report_interval=1 \
		net.ipv6.conf.$k.mldv1_unsolicited_report_interval=1 \
		net.ipv4.conf.$k.igmpv3_unsolicited_report_interval=1 \
		net.ipv4.conf.$k.igmpv2_unsolicited_report_interval=1 2>/dev/null
done
ip link add br0 type bridge &&
ip link add br-x type bridge &&
ip link add v0 type veth peer name v1 &&
ip link add eth1 type veth peer name eth10 &&
ip link add eth2 type veth peer name eth01 &&
ip link add abcdefghijklmno type veth peer name Device &&
ip link set v0 master br0 &&
for l in br0 v0 v1 eth1 eth10 eth2 abcdefghijklmno; do
	ip link set "$l" up || exit 1
done &&
ip link set eth2 mtu 9000 promisc on arp off &&
ip link set eth10 mtu 68 multicast off allmulticast on &&
ip link set Device txqueuelen 123456 &&
ip addr add 198.51.100.1/24 brd + dev br0 &&
ip addr add 203.0.113.1/24 brd + dev v1 &&
ip addr add 203.0.113.2/24 dev v1 label v1:1 &&
ip addr add 203.0.113.22/32 dev v1 label v1:22 &&
ip addr add 192.0.2.33/28 brd + dev v1 label v1:3 &&
ip addr add 192.0.2.129/25 dev eth2 &&
ip addr add 239.1.2.3/32 dev eth1 autojoin &&
ip addr add 239.255.0.9/32 dev v1 autojoin &&
ip -6 addr add 2001:db8:77::1/64 dev br0 nodad &&
ip -6 addr add fe80::1/64 dev br0 nodad &&
ip -6 addr add fec0::5/10 dev v1 nodad &&
ip -6 addr add ::1.2.3.4/96 dev v1 nodad &&
ip -6 addr add ::ffff:1.2.3.5/96 dev v1 nodad &&
ip -6 addr add 2001:db8:99::abcd/128 dev v1 nodad &&
ip -6 addr add ff05::123/128 dev eth1 autojoin &&
ip -6 addr add ff02::4242/128 dev v1 autojoin ||
	{ echo "$me: cannot build the interface state" >&2; exit 2; }
# devices this kernel may lack (modules ifb, tun, vxlan): more variety when
# they are there
if ip link add ifb0 type ifb 2>/dev/null && ip link add ifb1 type ifb; then
	ip link set ifb1 up dynamic on trailers off txqueuelen 0 &&
	ip addr add 10.3.0.1/16 dev ifb0 || exit 2
fi
if ip tuntap add mode tun name tun0 2>/dev/null && ip tuntap add mode tap name tap0; then
	ip link set tun0 up && ip link set tap0 up &&
	ip addr add 10.2.0.1 peer 10.2.0.2/32 dev tun0 &&
	ip -6 addr add 2001:db8:5::1/64 dev tap0 nodad || exit 2
fi
if ip link add vx0 type vxlan id 42 dstport 4789 local 198.51.100.1 2>/dev/null; then
	ip link set vx0 up || exit 2
fi
if command -v python3 >/dev/null; then
	# DEBUG, PORTSEL and AUTOMEDIA have no ip(8) switch
	python3 - <<'EOF' || { echo "$me: cannot set flags" >&2; exit 2; }
import fcntl, socket, struct
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for name, add in ((b"eth01", 0x4), (b"Device", 0x2000), (b"eth10", 0x2000 | 0x4000)):
    r = fcntl.ioctl(s, 0x8913, struct.pack("16sh22x", name, 0))
    fl = struct.unpack("16sh22x", r)[1] & 0xffff
    fcntl.ioctl(s, 0x8914, struct.pack("16sH22x", name, fl | add))
EOF
fi

settle 6 1 /proc/net/dev /proc/net/igmp /proc/net/igmp6 /proc/net/if_inet6
capture "${LIVE_IFACE_CAPTURE:-}" dev igmp igmp6 if_inet6

if [ -n "${LIVE_IFACE_SHOW:-}" ]; then
	# shellcheck disable=SC2086
	(cd / && env -i PATH=/usr/bin:/bin LC_ALL=C "$REF" $LIVE_IFACE_SHOW)
fi
retry=1 # a late IGMP/MLD report may change a counter between the two runs
live_cases

# -c: the first round of each (net-tools prints its title once), stopped by
# SIGINT after 0.5 s
TMO='-s INT 0.5'
for args in -ic -iac -iaec -gnc; do
	{ run ref 0 "$args"; run bin 0 "$args"; }
	same
	tally $? "netstat $args (first round)"
done
live_end
[ "$fail" -eq 0 ]
