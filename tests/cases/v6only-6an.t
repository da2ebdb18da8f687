fixture: v6only
args: -6 -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:22                  ::1:40000               ESTABLISHED
udp6       0      0 :::53                   :::*                               
udpl6      0      0 :::7778                 :::*                               
raw6       0      0 :::58                   :::*                    7          
--- stderr
