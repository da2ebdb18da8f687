fixture: route-none
args: -rx
status: 3
--- stdout
--- stderr
No routing for address family `unix'.
