# malformed lines, long form
fixture: iface-bogus
args: -iae
needs: iface
status: 0
--- stdout
Kernel Interface table
lo:123456789012: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 0  bytes 345 (345.0 B)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:12345678901: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 6  bytes 5 (5.0 B)
        RX errors 7  dropped 8  overruns 9  frame 10
        TX packets 14  bytes 13 (13.0 B)
        TX errors 15  dropped 16 overruns 17  carrier 19  collisions 18

lo: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 99 (99.0 B)
        RX errors 2  dropped 3  overruns 4  frame 5
        TX packets 9  bytes 8 (8.0 B)
        TX errors 10  dropped 11 overruns 12  carrier 14  collisions 13

lo:1: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 2  bytes 1 (1.0 B)
        RX errors 3  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:2: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 0  bytes 0 (0.0 B)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:3: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 6  bytes 18446744073709551611 (16.0 EiB)
        RX errors 7  dropped 8  overruns 9  frame 10
        TX packets 14  bytes 13 (13.0 B)
        TX errors 15  dropped 16 overruns 17  carrier 19  collisions 18

lo:4: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 2  bytes 1 (1.0 B)
        RX errors 3  dropped 4  overruns 5  frame 6
        TX packets 10  bytes 9 (9.0 B)
        TX errors 11  dropped 12 overruns 13  carrier 15  collisions 14

lo:5: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 2  bytes 1 (1.0 B)
        RX errors 3  dropped 4  overruns 5  frame 6
        TX packets 10  bytes 9 (9.0 B)
        TX errors 11  dropped 12 overruns 13  carrier 15  collisions 14

lo:6: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 0  bytes 0 (0.0 B)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:7: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 18446744073709551615  bytes 18446744073709551615 (16.0 EiB)
        RX errors 5  dropped 5  overruns 5  frame 5
        TX packets 5  bytes 18446744073709551615 (16.0 EiB)
        TX errors 5  dropped 5 overruns 5  carrier 5  collisions 5

lo:8: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 22  bytes 21 (21.0 B)
        RX errors 3  dropped 4  overruns 5  frame 6
        TX packets 10  bytes 9 (9.0 B)
        TX errors 11  dropped 12 overruns 13  carrier 15  collisions 14

lo:12: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 0  bytes 0 (0.0 B)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 0  bytes 9 (9.0 B)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

--- stderr
