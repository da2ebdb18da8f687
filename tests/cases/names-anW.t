fixture: names
args: -anW
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:7000          0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:4022          0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:4019          0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:4018          0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:4017            0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:4017          0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:33000         127.0.0.1:80            ESTABLISHED
tcp        0      0 127.0.0.1:80            127.0.0.1:33000         ESTABLISHED
tcp        0      0 127.0.0.1:7100          127.0.0.1:88            ESTABLISHED
tcp        0      0 127.0.0.1:25            127.0.0.1:514           TIME_WAIT  
tcp        0      0 0.0.0.0:1               0.0.0.0:*               LISTEN     
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 ::1:443                 ::1:50000               ESTABLISHED
tcp6       0      0 :::4444                 :::*                    LISTEN     
tcp6       0      0 127.0.0.1:8080          127.0.0.1:40000         ESTABLISHED
tcp6       0      0 ::1:4019                :::*                    LISTEN     
udp        0      0 0.0.0.0:53              0.0.0.0:*                          
udp        0      0 127.0.0.1:123           0.0.0.0:*                          
udp        0      0 0.0.0.0:4444            0.0.0.0:*                          
udp        0      0 127.0.0.1:7100          127.0.0.1:7000          ESTABLISHED
udp        0      0 127.0.0.1:88            127.0.0.1:22            ESTABLISHED
udp6       0      0 :::5353                 :::*                               
udp6       0      0 ::1:514                 ::1:443                 ESTABLISHED
udpl       0      0 0.0.0.0:4444            0.0.0.0:*                          
udpl6      0      0 ::1:53                  :::*                               
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw        0      0 0.0.0.0:99              0.0.0.0:*               7          
raw        0      0 127.0.0.1:17            127.0.0.1:*             1          
raw        0      0 0.0.0.0:255             0.0.0.0:*               7          
raw        0      0 0.0.0.0:2               0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
raw6       0      0 ::1:*                   :::*                    7          
raw6       0      0 :::6                    :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     2901     /run/names.sock
unix  3      [ ]         STREAM     CONNECTED     2902     
--- stderr
