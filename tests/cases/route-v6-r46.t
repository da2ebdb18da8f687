fixture: route-v6
args: -r -4 -6
needs: route
status: 1
--- stdout
INET (IPv4) not configured in this system.
--- stderr
/proc/net/route: No such file or directory
