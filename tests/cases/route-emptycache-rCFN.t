fixture: route-emptycache
args: -rCFN
needs: route
status: 255
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
0.0.0.0         192.0.2.1       0.0.0.0         UG        0 0          0 eth0
192.0.2.0       0.0.0.0         255.255.255.0   U         0 0          0 eth0
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: No such file or directory
