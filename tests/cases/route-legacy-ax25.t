# The kernel has the AX.25 routing table (the ax25 module is loaded):
# net-tools prints it, we print none of the old families' tables.
fixture: route-legacy
args: -r -A inet,ax25
needs: route
deviation: the AX.25, NET/ROM, ROSE, IPX, AppleTalk and X.25 routing tables are not built in
status: 1
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
default         192.0.2.1       0.0.0.0         UG        0 0          0 eth0
192.0.2.0       0.0.0.0         255.255.255.0   U         0 0          0 eth0
--- stderr
netstat: -r -A ax25 is not built into this netstat.
