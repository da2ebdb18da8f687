fixture: route-hdr-extra
args: -ree
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
10.0.0.10       127.0.0.127     0.255.255.0     UG    3      1        2 eth0     4     5      6
11.0.0.11       0.0.0.0         255.255.255.255 U     9      7        8 eth2     10    11     6
--- stderr
