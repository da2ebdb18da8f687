fixture: route-hdr-only
args: -ree
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
--- stderr
