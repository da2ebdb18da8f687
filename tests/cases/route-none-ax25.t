fixture: route-none
args: -r -A ax25
needs: route
status: 1
--- stdout
AX.25 not configured in this system.
--- stderr
/proc/net/ax25_route: No such file or directory
