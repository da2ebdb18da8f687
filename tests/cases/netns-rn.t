# -r of the namespace
deviation: --netns is ours
needs: netns route
fixture: netns
args: --netns=4242 -rn
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
0.0.0.0         10.0.0.1        0.0.0.0         UG        0 0          0 eth0
10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 eth0
--- stderr
