fixture: route-none
args: -r --protocol=econet
needs: route
status: 3
--- stdout
--- stderr
No routing for address family `ec'.
