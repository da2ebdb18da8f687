#!/bin/sh
# Live differential test of -r: BINARY against Debian's net-tools
# /usr/bin/netstat on one routing state, built inside a private network and
# mount namespace: a bridge with a veth pair, documentation addresses
# (198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), and IPv4 / IPv6 routes
# of every kind the kernel shows in /proc/net/route and /proc/net/ipv6_route:
# default, via a gateway, with a metric, host routes, blackhole, unreachable,
# prohibit, throw, multipath, with mtu/window/rtt/advmss, expiring, 0.0.0.0/1,
# 0.x networks.  /etc/hosts, /etc/networks and /etc/resolv.conf are replaced
# (in the private mount namespace only) by files that name some gateways,
# hosts and networks, and send DNS to 127.0.0.1, where nothing answers:
# no packet leaves the namespace.
#
#   sh tests/live-route.sh BINARY      (as root: unshare -n -m, ip, setpriv)
#
# Each case runs "netstat ARGS" as root and as uid 65534 and compares
# stdout, stderr and exit status byte for byte (a case that differs is run
# once more, as the kernel may change a route's reference count between the
# two runs); a failure prints a diff.
# The last line is "route: N passed, M failed"; exit status 1 if M > 0,
# 2 if the suite could not run.
# LIVE_ROUTE_CAPTURE=DIR copies the namespace's route tables to DIR/net/
# (how tests/fixtures/route-ns was made).
#
# SPDX-License-Identifier: 0BSD

CASES='
-r
-rn
-re
-ree
-reee
-reeee
-reeeee
-reeeeee
-rne
-rnee
-reen
-rC
-rF
-rCF
-rFC
-rCn
-rCe
-rCee
-rCFee
-r6
-rn6
-re6
-ree6
-rne6
-r6C
-r6CF
-r6Cn
-rA inet6
-rA inet
-rA inet,inet6
-rA inet6,inet
-r -A inet -A inet
-r4
-r46
-r64
-r4n6
--route
--route --numeric
--route --numeric-hosts
--route --numeric-ports
--route --numeric-users
--route --extend
--route --cache
--route --fib
--route --inet6 --numeric
--route --protocol=inet6
-rN
-rN6
-rv
-rvn
-rW
-ra
-rl
-rt
-ru
-rp
-ro
-rx
-r -A unix
-r -A inet,unix
-r -A unix,inet
-r -A ax25
-r -A netrom
-r -A rose
-r -A ipx
-r -A ddp
-r -A x25
-r -A econet
-r -A ash
-r -A bluetooth
-r -A inet,ax25,inet6
-r -A inet6,x25
'

me=route
UIDS=${LIVE_UIDS:-0 65534}
here=$(cd "$(dirname "$0")" && pwd -P)
. "$here/live/lib.sh"
live_enter "-n -m" "$@"

mkdir "$T/etc"
# names: gateways and hosts in /etc/hosts (one longer than the 15 columns
# net-tools keeps), networks in /etc/networks in the forms glibc reads
cat >"$T/etc/hosts" <<'EOF'
127.0.0.1	localhost
198.51.100.254	gw-main
203.0.113.254	a-gateway-with-a-long-name.example
198.51.100.77	hostroute
2001:db8:77::fe	gw6-main
2001:db8:77::1	self6
EOF
cat >"$T/etc/networks" <<'EOF'
# comment
default		0.0.0.0
loopback	127.0.0.0
docnet		198.51.100	# three parts, padded
net78		10.78
   spaced	10.79.0.0
blackholed	10.80.0.0 alias
hexnet		0x0a.0x51
octnet		012.0122
zero-one	0.1
a-network-with-a-long-name	10.84
EOF
etc_bind hosts networks

quiet_ipv6 # chatter would move the routes' reference counts
ip link add br0 type bridge &&
ip link add v0 type veth peer name v1 &&
ip link set v0 master br0 &&
for l in br0 v0 v1; do ip link set "$l" up || exit 1; done &&
ip addr add 198.51.100.1/24 dev br0 &&
ip addr add 203.0.113.1/24 dev v1 &&
ip -6 addr add 2001:db8:77::1/64 dev br0 nodad &&
ip -6 addr add 2001:db8:99::1/64 dev v1 nodad &&
ip -6 addr add fe80::1/64 dev v1 nodad &&
ip route add default via 198.51.100.254 &&
ip route add 10.78.0.0/16 via 198.51.100.254 metric 5 &&
ip route add 10.79.0.0/16 via 203.0.113.254 metric 100 &&
ip route add 198.51.100.77 dev br0 &&
ip route add 203.0.113.9/32 via 198.51.100.254 &&
ip route add blackhole 10.80.0.0/16 &&
ip route add unreachable 10.81.0.0/16 &&
ip route add prohibit 10.82.0.0/16 &&
ip route add throw 10.83.0.0/16 &&
ip route add 10.84.0.0/16 via 198.51.100.254 mtu lock 1400 window 1000 rtt 5 advmss 1360 &&
ip route add 10.85.0.0/16 via 198.51.100.254 metric 1234567 &&
ip route add 10.86.0.0/24 dev br0 metric 4294967295 &&
ip route add 10.87.0.0/16 nexthop via 198.51.100.254 nexthop via 203.0.113.254 &&
ip route add unreachable 10.88.0.0/16 metric 7654321 &&
ip route add 10.81.0.0/24 via 198.51.100.254 window 65535 advmss 65495 &&
ip route add 10.97.0.0/16 via 198.51.100.254 rtt 2000 &&
ip route add 0.1.0.0/16 dev br0 &&
ip route add 0.0.0.0/1 via 203.0.113.254 &&
ip route add 127.1.0.0/16 dev lo &&
ip route add 10.90.0.0/16 via 198.51.100.254 table 100 &&
ip -6 route add default via 2001:db8:77::fe &&
ip -6 route add 2001:db8:78::/48 via 2001:db8:77::fe metric 10 &&
ip -6 route add 2001:db8:79::7/128 dev br0 &&
ip -6 route add blackhole 2001:db8:80::/40 &&
ip -6 route add unreachable 2001:db8:81::/56 &&
ip -6 route add prohibit 2001:db8:82::/63 &&
ip -6 route add 2001:db8:83::/127 via 2001:db8:99::fe metric 4294967295 &&
ip -6 route add 2001:db8:84::/64 dev br0 mtu 1400 &&
ip -6 route add 2001:db8:85::/96 via 2001:db8:77::fe expires 1000 &&
ip -6 route add 2001:db8:86::/1 via 2001:db8:77::fe table 100 ||
	{ echo "$me: cannot build the routing state" >&2; exit 2; }

settle 10 0.5 /proc/net/route /proc/net/ipv6_route
capture "${LIVE_ROUTE_CAPTURE:-}" route ipv6_route rt_cache

retry=0 # the kernel may change a reference count between the two runs
live_cases
live_end
[ "$fail" -eq 0 ]
