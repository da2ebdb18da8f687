fixture: route-none
args: -rA ash
status: 3
--- stdout
--- stderr
No routing for address family `ash'.
