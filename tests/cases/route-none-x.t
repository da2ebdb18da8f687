fixture: route-none
args: -rx
needs: route
status: 3
--- stdout
--- stderr
No routing for address family `unix'.
