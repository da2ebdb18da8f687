fixture: nonet
args: -r
needs: route
status: 1
--- stdout
INET (IPv4) not configured in this system.
--- stderr
/proc/net/route: No such file or directory
