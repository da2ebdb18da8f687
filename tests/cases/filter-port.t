# filter-port: the rows of rich-anW.t (net-tools) that have port 22 at either end (no unix row)
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW :22
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 192.168.1.10:22         203.0.113.5:51234       ESTABLISHED
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT 
tcp6       0      0 fe80::1ff:fe23:4567:890a:22 fe80::1:33333           TIME_WAIT  
tcp6       0      0 2001:db8::1234:5678:9abc:1:22 2001:db8::1:22          ESTABLISHED
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
