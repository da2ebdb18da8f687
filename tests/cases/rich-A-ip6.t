fixture: rich
args: -A ip6 -ln
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN     
udp6       0      0 :::5353                 :::*                               
udp6       0      0 ::1:514                 :::*                               
udpl6      0      0 :::7778                 :::*                               
raw6       0      0 :::58                   :::*                    7          
raw6       0      0 :::*                    :::*                    7          
--- stderr
