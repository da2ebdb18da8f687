fixture: real
args: -tan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:35548         127.0.0.1:5432          ESTABLISHED
tcp        1      0 127.0.0.1:35558         127.0.0.1:5432          CLOSE_WAIT 
tcp        0      0 127.0.0.1:53476         127.0.0.1:22            TIME_WAIT  
tcp        0      0 127.0.0.1:5432          127.0.0.1:35558         FIN_WAIT2  
tcp     1000      0 127.0.0.1:5432          127.0.0.1:35548         ESTABLISHED
tcp       77      0 127.0.0.1:55952         127.0.0.1:8080          ESTABLISHED
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 :::8080                 :::*                    LISTEN     
tcp6       0      0 127.0.0.1:8080          127.0.0.1:55952         ESTABLISHED
tcp6       0      0 ::1:60810               ::1:6379                ESTABLISHED
tcp6       0      0 ::1:6379                ::1:60810               ESTABLISHED
--- stderr
