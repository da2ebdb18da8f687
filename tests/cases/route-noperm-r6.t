fixture: route-noperm
args: -r6
needs: route
user: 65534
status: 1
--- stdout
INET6 (IPv6) not configured in this system.
--- stderr
/proc/net/ipv6_route: Permission denied
