fixture: route-hdr-only
args: -reee
status: 0
--- stdout
Kernel IP routing table
--- stderr
