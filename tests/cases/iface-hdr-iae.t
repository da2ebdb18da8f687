# the layout comes from the second header line only
fixture: iface-hdr
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

--- stderr
