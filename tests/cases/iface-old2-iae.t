# the Linux 2.x layout, long form
fixture: iface-old2
args: -iae
needs: iface
status: 0
--- stdout
Kernel Interface table
lo: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1000  bytes 123456 (120.5 KiB)
        RX errors 1  dropped 2  overruns 3  frame 4
        TX packets 2000  bytes 654321 (638.9 KiB)
        TX errors 5  dropped 6 overruns 7  carrier 9  collisions 8

lo:1: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 2  bytes 1 (1.0 B)
        RX errors 3  dropped 4  overruns 5  frame 6
        TX packets 8  bytes 7 (7.0 B)
        TX errors 9  dropped 10 overruns 11  carrier 13  collisions 12

--- stderr
