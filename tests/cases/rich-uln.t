# UDP listening means remote address all zero
fixture: rich
args: -uln
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp        0      0 0.0.0.0:68              0.0.0.0:*                          
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                       
udp        0      0 127.0.0.1:4444          0.0.0.0:*                          
udp        0      0 10.0.0.5:7100           0.0.0.0:*               ESTABLISHED
udp6       0      0 :::5353                 :::*                               
udp6       0      0 ::1:514                 :::*                               
--- stderr
