# the same, long form
fixture: iface-missing
args: -iae
needs: iface
status: 1
--- stdout
Kernel Interface table
lo: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 2  bytes 1 (1.0 B)
        RX errors 3  dropped 4  overruns 5  frame 6
        TX packets 10  bytes 9 (9.0 B)
        TX errors 11  dropped 12 overruns 13  carrier 15  collisions 14

lo:3: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 2  bytes 1 (1.0 B)
        RX errors 3  dropped 4  overruns 5  frame 6
        TX packets 10  bytes 9 (9.0 B)
        TX errors 11  dropped 12 overruns 13  carrier 15  collisions 14

--- stderr
zz9: error fetching interface information: Device not found
missing interface information: No such device
