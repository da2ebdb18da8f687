fixture: route-hdr-fits
args: -ree
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
10.0.0.10       127.0.0.127     0.255.255.0     UG    3      1        2 eth0     4     5      6
--- stderr
