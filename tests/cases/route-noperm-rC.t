fixture: route-noperm
args: -rC
needs: route
user: 65534
status: 1
--- stdout
INET (IPv4) not configured in this system.
--- stderr
/proc/net/rt_cache: Permission denied
