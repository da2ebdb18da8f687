fixture: netfile
args: -rC
needs: route
status: 1
--- stdout
INET (IPv4) not configured in this system.
--- stderr
/proc/net/rt_cache: Not a directory
