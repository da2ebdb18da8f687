fixture: route-hdr-cr
args: -ree
needs: route
status: 1
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
--- stderr
warning: /proc/net/route does not contain required field IRTT
