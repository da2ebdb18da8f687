fixture: route-none
args: -r6
needs: route
status: 1
--- stdout
INET6 (IPv6) not configured in this system.
--- stderr
/proc/net/ipv6_route: No such file or directory
