fixture: route-none
args: -r -A unix
needs: route
status: 3
--- stdout
--- stderr
No routing for address family `unix'.
