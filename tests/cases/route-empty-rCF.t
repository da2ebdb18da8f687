fixture: route-empty
args: -rCF
needs: route
status: 1
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
--- stderr
