# hand-written: net-tools 2.10 prints "netstat.c: Internal Error `longopts 1 range'." for --tcpip and
# then ignores it; we take it for what its name says, -A tcpip (= inet)
deviation: --tcpip selects IPv4 like -A tcpip
fixture: rich
args: --tcpip -ln
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE      
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE      
udp        0      0 0.0.0.0:68              0.0.0.0:*                          
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                       
udp        0      0 127.0.0.1:4444          0.0.0.0:*                          
udp        0      0 10.0.0.5:7100           0.0.0.0:*               ESTABLISHED
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw        0      0 0.0.0.0:6               0.0.0.0:*               1          
raw        0      0 10.0.0.5:255            0.0.0.0:*               10         
raw        0      0 0.0.0.0:99              0.0.0.0:*               7          
--- stderr
