# -e: users by name, uids without an entry as numbers
fixture: rich
args: -tane
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      0          1001      
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      105        1002      
tcp        0      0 192.168.1.10:22         203.0.113.5:51234       ESTABLISHED 0          1003      
tcp        0      1 192.168.1.10:40000      198.51.100.7:443        SYN_SENT    1000       1004      
tcp        0      0 192.168.1.10:443        198.51.100.8:61000      SYN_RECV    0          0         
tcp        0     16 192.168.1.10:40001      198.51.100.9:80         FIN_WAIT1   1000       1005      
tcp        0      0 192.168.1.10:40002      198.51.100.9:80         FIN_WAIT2   1000       1006      
tcp        0      0 192.168.1.10:40003      198.51.100.9:80         TIME_WAIT   0          0         
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE       33         1007      
tcp        1      0 192.168.1.10:8080       198.51.100.10:50001     CLOSE_WAIT  33         1008      
tcp        0      1 192.168.1.10:8080       198.51.100.11:50002     LAST_ACK    33         1009      
tcp        0      1 192.168.1.10:8080       198.51.100.12:50003     CLOSING     33         1010      
tcp   2147483647 4294967295 10.0.0.1:1              10.0.0.2:65535          ESTABLISHED 1001       1011      
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED 100        1012      
tcp        0      0 10.0.0.1:3306           0.0.0.0:1234            LISTEN      4242       1013      
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED 2000       1014      
tcp        0      0 10.0.0.1:6000           10.0.0.5:6001           ESTABLISHED -2         4294967295
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN      65534      1016      
tcp        0      0 10.0.0.1:7000           10.0.0.6:7001           ESTABLISHED 1000       1017      
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE       0          1018      
tcp6       0      0 :::22                   :::*                    LISTEN      0          1101      
tcp6       0      0 ::1:6379                :::*                    LISTEN      1000       1102      
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED 33         1103      
tcp6       0      0 2001:db8:aaaa:bbb:65535 2001:db8:1111:2222:33:1 ESTABLISHED 0          1104      
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abc:12345 ESTABLISHED 0          1105      
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED 0          1106      
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT  0          1107      
tcp6       0      0 fe80::1ff:fe23:4567::22 fe80::1:33333           TIME_WAIT   0          0         
tcp6       0      0 2001:db8::1234:5678::22 2001:db8::1:22          ESTABLISHED 0          1108      
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN      0          1109      
--- stderr
