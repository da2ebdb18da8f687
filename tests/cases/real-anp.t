# two processes share sockets: the lower pid is found first
fixture: real
args: -anp
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      1234/python3        
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      1234/python3        
tcp        0      0 127.0.0.1:35548         127.0.0.1:5432          ESTABLISHED 1234/python3        
tcp        1      0 127.0.0.1:35558         127.0.0.1:5432          CLOSE_WAIT  1234/python3        
tcp        0      0 127.0.0.1:53476         127.0.0.1:22            TIME_WAIT   -                   
tcp        0      0 127.0.0.1:5432          127.0.0.1:35558         FIN_WAIT2   1234/python3        
tcp     1000      0 127.0.0.1:5432          127.0.0.1:35548         ESTABLISHED 1234/python3        
tcp       77      0 127.0.0.1:55952         127.0.0.1:8080          ESTABLISHED 1234/python3        
tcp6       0      0 :::22                   :::*                    LISTEN      1234/python3        
tcp6       0      0 ::1:6379                :::*                    LISTEN      1234/python3        
tcp6       0      0 :::8080                 :::*                    LISTEN      1234/python3        
tcp6       0      0 127.0.0.1:8080          127.0.0.1:55952         ESTABLISHED 1234/python3        
tcp6       0      0 ::1:60810               ::1:6379                ESTABLISHED 1234/python3        
tcp6       0      0 ::1:6379                ::1:60810               ESTABLISHED 1234/python3        
udp     1280      0 127.0.0.1:9999          0.0.0.0:*                           1234/python3        
udp        0      0 0.0.0.0:5353            0.0.0.0:*                           1234/python3        
udp        0      0 127.0.0.1:55568         127.0.0.1:53            ESTABLISHED 1234/python3        
udp6       0      0 :::123                  :::*                                1234/python3        
udp6       0      0 ::1:54952               ::1:514                 ESTABLISHED 1234/python3        
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           1234/python3        
udpl6      0      0 :::7778                 :::*                                1234/python3        
raw        0      0 127.0.0.1:17            127.0.0.1:*             1           1234/python3        
raw        0      0 0.0.0.0:1               0.0.0.0:*               7           1234/python3        
raw6       0      0 :::58                   :::*                    7           1234/python3        
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ]         DGRAM                    11758    1240/sshd: root@pts  
unix  3      [ ]         STREAM     CONNECTED     11759    1240/sshd: root@pts  
unix  3      [ ]         STREAM     CONNECTING    0        -                    @fx-abstract
unix  3      [ ]         STREAM     CONNECTED     11756    1240/sshd: root@pts  
unix  3      [ ]         STREAM     CONNECTED     11751    1234/python3         
unix  3      [ ]         STREAM     CONNECTED     11752    1240/sshd: root@pts  /tmp/fxwork/real.sock
unix  3      [ ]         STREAM     CONNECTED     11757    1240/sshd: root@pts  
unix  2      [ ACC ]     STREAM     LISTENING     11750    1234/python3         /tmp/fxwork/real.sock
unix  2      [ ]         DGRAM                    11754    1240/sshd: root@pts  /tmp/fxwork/real.dgram
unix  2      [ ACC ]     STREAM     LISTENING     11753    1240/sshd: root@pts  @fx-abstract
unix  2      [ ACC ]     SEQPACKET  LISTENING     11755    1240/sshd: root@pts  @fx-seq
--- stderr
