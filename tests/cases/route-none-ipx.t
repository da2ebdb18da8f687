fixture: route-none
args: -r -A ipx
needs: route
status: 1
--- stdout
IPX routing not in file /proc/net/ipx/route or /proc/net/ipx_route found.
--- stderr
No such file or directory
