fixture: route-none
args: -r -A x25
needs: route
status: 1
--- stdout
X.25 not configured in this system.
--- stderr
