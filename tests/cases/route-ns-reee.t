fixture: route-ns
args: -reee
status: 0
--- stdout
Kernel IP routing table
--- stderr
