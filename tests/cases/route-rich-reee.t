fixture: route-rich
args: -reee
status: 0
--- stdout
Kernel IP routing table
--- stderr
