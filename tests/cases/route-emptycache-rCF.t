fixture: route-emptycache
args: -rCF
needs: route
status: 255
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
default         192.0.2.1       0.0.0.0         UG        0 0          0 eth0
192.0.2.0       0.0.0.0         255.255.255.0   U         0 0          0 eth0
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: Success
