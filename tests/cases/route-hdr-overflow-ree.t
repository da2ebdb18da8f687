fixture: route-hdr-overflow
args: -ree
needs: route
status: 1
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
--- stderr
warning: format buffer overflow in /proc/net/route
