# filter-ports: the rows of rich-anW.t (net-tools) that have a port of 8080, 5000-5353 or 1
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW :8080,5000-5353 :1
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        1      0 192.168.1.10:8080       198.51.100.10:50001     CLOSE_WAIT 
tcp        0      1 192.168.1.10:8080       198.51.100.11:50002     LAST_ACK   
tcp        0      1 192.168.1.10:8080       198.51.100.12:50003     CLOSING    
tcp   2147483647 4294967295 10.0.0.1:1              10.0.0.2:65535          ESTABLISHED
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:65535 2001:db8:1111:2222:3333:4444:5555:6666:1 ESTABLISHED
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                       
udp6       0      0 :::5353                 :::*                               
udp6       0      0 :::5000                 0.0.0.0:*                          
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
