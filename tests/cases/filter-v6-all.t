# filter-v6-all: the rows of rich-anW.t (net-tools) that have an IPv6 address (the v4-mapped ones are IPv6 in a tcp6 row)
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW @::/0
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:65535 2001:db8:1111:2222:3333:4444:5555:6666:1 ESTABLISHED
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abcd:12345 ESTABLISHED
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT 
tcp6       0      0 fe80::1ff:fe23:4567:890a:22 fe80::1:33333           TIME_WAIT  
tcp6       0      0 2001:db8::1234:5678:9abc:1:22 2001:db8::1:22          ESTABLISHED
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN     
udp6       0      0 :::5353                 :::*                               
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED
udp6       0      0 ::1:514                 :::*                               
udp6       0      0 :::5000                 0.0.0.0:*                          
udpl6      0      0 :::7778                 :::*                               
udpl6      0      0 2001:db8::5:7000        2001:db8::6:7001        ESTABLISHED
raw6       0      0 :::58                   :::*                    7          
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1          
raw6       0      0 :::*                    :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
