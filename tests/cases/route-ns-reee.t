fixture: route-ns
args: -reee
needs: route
status: 0
--- stdout
Kernel IP routing table
--- stderr
