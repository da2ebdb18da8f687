fixture: route-none
args: -rC
needs: route
status: 1
--- stdout
INET (IPv4) not configured in this system.
--- stderr
/proc/net/rt_cache: No such file or directory
