fixture: real
args: -6 -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 :::8080                 :::*                    LISTEN     
tcp6       0      0 127.0.0.1:8080          127.0.0.1:55952         ESTABLISHED
tcp6       0      0 ::1:60810               ::1:6379                ESTABLISHED
tcp6       0      0 ::1:6379                ::1:60810               ESTABLISHED
udp6       0      0 :::123                  :::*                               
udp6       0      0 ::1:54952               ::1:514                 ESTABLISHED
udpl6      0      0 :::7778                 :::*                               
raw6       0      0 :::58                   :::*                    7          
--- stderr
