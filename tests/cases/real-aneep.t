fixture: real
args: -aneep
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      0          11726      1234/python3        
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      0          11725      1234/python3        
tcp        0      0 127.0.0.1:35548         127.0.0.1:5432          ESTABLISHED 0          11730      1234/python3        
tcp        1      0 127.0.0.1:35558         127.0.0.1:5432          CLOSE_WAIT  0          11738      1234/python3        
tcp        0      0 127.0.0.1:53476         127.0.0.1:22            TIME_WAIT   0          0          -                   
tcp        0      0 127.0.0.1:5432          127.0.0.1:35558         FIN_WAIT2   0          11739      1234/python3        
tcp     1000      0 127.0.0.1:5432          127.0.0.1:35548         ESTABLISHED 0          11731      1234/python3        
tcp       77      0 127.0.0.1:55952         127.0.0.1:8080          ESTABLISHED 0          11732      1234/python3        
tcp6       0      0 :::22                   :::*                    LISTEN      0          11727      1234/python3        
tcp6       0      0 ::1:6379                :::*                    LISTEN      0          11729      1234/python3        
tcp6       0      0 :::8080                 :::*                    LISTEN      0          11728      1234/python3        
tcp6       0      0 127.0.0.1:8080          127.0.0.1:55952         ESTABLISHED 0          11733      1234/python3        
tcp6       0      0 ::1:60810               ::1:6379                ESTABLISHED 0          11734      1234/python3        
tcp6       0      0 ::1:6379                ::1:60810               ESTABLISHED 0          11735      1234/python3        
udp     1280      0 127.0.0.1:9999          0.0.0.0:*                           0          11744      1234/python3        
udp        0      0 0.0.0.0:5353            0.0.0.0:*                           0          11740      1234/python3        
udp        0      0 127.0.0.1:55568         127.0.0.1:53            ESTABLISHED 0          11741      1234/python3        
udp6       0      0 :::123                  :::*                                0          11742      1234/python3        
udp6       0      0 ::1:54952               ::1:514                 ESTABLISHED 0          11743      1234/python3        
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           0          11745      1234/python3        
udpl6      0      0 :::7778                 :::*                                0          11746      1234/python3        
raw        0      0 127.0.0.1:17            127.0.0.1:*             1           0          11749      1234/python3        
raw        0      0 0.0.0.0:1               0.0.0.0:*               7           0          11747      1234/python3        
raw6       0      0 :::58                   :::*                    7           0          11748      1234/python3        
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
