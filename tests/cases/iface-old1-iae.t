# the oldest layout, long form: no byte counts
fixture: iface-old1
args: -iae
needs: iface
status: 0
--- stdout
Kernel Interface table
lo: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1000  bytes 0 (0.0 B)
        RX errors 1  dropped 2  overruns 3  frame 4
        TX packets 2000  bytes 0 (0.0 B)
        TX errors 5  dropped 6 overruns 7  carrier 9  collisions 8

lo:1: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 0 (0.0 B)
        RX errors 2  dropped 3  overruns 4  frame 5
        TX packets 6  bytes 0 (0.0 B)
        TX errors 7  dropped 8 overruns 9  carrier 11  collisions 10

--- stderr
