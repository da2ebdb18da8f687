fixture: route-none
args: -rA ash
needs: route
status: 3
--- stdout
--- stderr
No routing for address family `ash'.
