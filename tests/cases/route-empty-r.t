fixture: route-empty
args: -r
needs: route
status: 1
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
--- stderr
