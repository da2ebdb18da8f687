fixture: route-none
args: -rA bluetooth
needs: route
status: 3
--- stdout
--- stderr
Address family `bluetooth' not supported.
