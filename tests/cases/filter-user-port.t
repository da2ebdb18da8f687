# filter-user-port: the rows of net-tools' -tane that are root's and have port 22, 443 or 5432
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -tane user=0 :22,443,5432
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      0          1001      
tcp        0      0 192.168.1.10:22         203.0.113.5:51234       ESTABLISHED 0          1003      
tcp        0      0 192.168.1.10:443        198.51.100.8:61000      SYN_RECV    0          0         
tcp6       0      0 :::22                   :::*                    LISTEN      0          1101      
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED 0          1106      
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT  0          1107      
tcp6       0      0 fe80::1ff:fe23:4567::22 fe80::1:33333           TIME_WAIT   0          0         
tcp6       0      0 2001:db8::1234:5678::22 2001:db8::1:22          ESTABLISHED 0          1108      
--- stderr
