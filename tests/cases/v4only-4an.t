fixture: v4only
args: -4 -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
udp        0      0 0.0.0.0:53              0.0.0.0:*                          
udp        0      0 127.0.0.1:40000         127.0.0.1:53            ESTABLISHED
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
--- stderr
