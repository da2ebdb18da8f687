fixture: route-noperm
args: -r
needs: route
user: 65534
status: 1
--- stdout
INET (IPv4) not configured in this system.
--- stderr
/proc/net/route: Permission denied
