# the classic invocation
fixture: real
args: -tulpn
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      1234/python3        
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      1234/python3        
tcp6       0      0 :::22                   :::*                    LISTEN      1234/python3        
tcp6       0      0 ::1:6379                :::*                    LISTEN      1234/python3        
tcp6       0      0 :::8080                 :::*                    LISTEN      1234/python3        
udp     1280      0 127.0.0.1:9999          0.0.0.0:*                           1234/python3        
udp        0      0 0.0.0.0:5353            0.0.0.0:*                           1234/python3        
udp6       0      0 :::123                  :::*                                1234/python3        
--- stderr
