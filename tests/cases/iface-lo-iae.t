# long form: B KiB MiB GiB TiB PiB EiB, IPv6 scopes, compat, mapped, lo:1
fixture: iface-lo
args: -iae
needs: iface
status: 0
--- stdout
Kernel Interface table
lo: flags=8<LOOPBACK>  mtu 65536
        inet6 ::1  prefixlen 128  scopeid 0x10<host>
        inet6 fe80::1  prefixlen 64  scopeid 0x20<link>
        inet6 fec0::1  prefixlen 10  scopeid 0x40<site>
        inet6 2001:db8::1  prefixlen 48  scopeid 0x0<global>
        inet6 ::1.2.3.4  prefixlen 96  scopeid 0x80<compat,global>
        inet6 ::1.2.3.5  prefixlen 96  scopeid 0x90<compat,host>
        inet6 2001:db8::2  prefixlen 64  scopeid 0x1
        inet6 2001:db8::3  prefixlen 64  scopeid 0x70<link,site,host>
        inet6 2001:db8::4  prefixlen 64  scopeid 0xff<compat,link,site,host>
        inet6 10.1.2.3  prefixlen 96  scopeid 0x0<global>
        inet6 ::  prefixlen 0  scopeid 0x0<global>
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 0  bytes 0 (0.0 B)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 0  bytes 0 (0.0 B)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:01: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 5  bytes 5 (5.0 B)
        RX errors 5  dropped 5  overruns 5  frame 5
        TX packets 5  bytes 5 (5.0 B)
        TX errors 5  dropped 5 overruns 5  carrier 5  collisions 5

lo:1: flags=8<LOOPBACK>  mtu 65536
        inet6 2001:db8::ab  prefixlen 64  scopeid 0x0<global>
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 1024 (1024.0 B)
        RX errors 2  dropped 3  overruns 4  frame 5
        TX packets 8  bytes 1025 (1.0 KiB)
        TX errors 9  dropped 10 overruns 11  carrier 13  collisions 12

lo:2: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 100  bytes 1048576 (1024.0 KiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 200  bytes 1048577 (1.0 MiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:3: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 12345678  bytes 1073741824 (1024.0 MiB)
        RX errors 1  dropped 1  overruns 1  frame 1
        TX packets 123456789  bytes 1073741825 (1.0 GiB)
        TX errors 2  dropped 2 overruns 2  carrier 2  collisions 2

lo:4: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 1099511627776 (1024.0 GiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 1  bytes 1099511627777 (1.0 TiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:5: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 1125899906842624 (1024.0 TiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 1  bytes 1125899906842625 (1.0 PiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:6: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 1152921504606846976 (1024.0 PiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 1  bytes 1152921504606846977 (1.0 EiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:7: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 18446744073709551615  bytes 18446744073709551615 (16.0 EiB)
        RX errors 18446744073709551615  dropped 18446744073709551615  overruns 18446744073709551615  frame 18446744073709551615
        TX packets 18446744073709551615  bytes 18446744073709551615 (16.0 EiB)
        TX errors 18446744073709551615  dropped 18446744073709551615 overruns 18446744073709551615  carrier 18446744073709551615  collisions 18446744073709551615

lo:8: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 999999  bytes 1152921504606846975 (1023.9 PiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 99999999  bytes 11529215046068469 (10.2 PiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:9: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 10  bytes 10239 (9.9 KiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 10  bytes 10240 (10.0 KiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

lo:10: flags=8<LOOPBACK>  mtu 65536
        loop  txqueuelen 1000  (Local Loopback)
        RX packets 1  bytes 1048575 (1023.9 KiB)
        RX errors 0  dropped 0  overruns 0  frame 0
        TX packets 1  bytes 1048574 (1023.9 KiB)
        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0

--- stderr
