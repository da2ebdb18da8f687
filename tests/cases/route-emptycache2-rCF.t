fixture: route-emptycache2
args: -rCF
needs: route
status: 255
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
default         0.0.0.0         0.0.0.0         U         0 0          0 eth0
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: No such file or directory
