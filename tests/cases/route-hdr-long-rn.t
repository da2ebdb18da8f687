fixture: route-hdr-long
args: -rn
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
10.11.11.10     0.0.0.0         255.255.255.255 U         0 0          0 eth9
10.0.0.10       127.0.0.127     0.255.255.0     UG        4 5          6 eth0
--- stderr
