fixture: route-real
args: -ree
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
default         192.0.2.1       0.0.0.0         UG    0      0        0 eth0     0     0      0
192.0.2.0       0.0.0.0         255.255.255.0   U     0      0        0 eth0     0     0      0
--- stderr
