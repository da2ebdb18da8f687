fixture: route-none
args: -r -A unix
status: 3
--- stdout
--- stderr
No routing for address family `unix'.
