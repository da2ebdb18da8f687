fixture: real
args: -an
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
udp     1280      0 127.0.0.1:9999          0.0.0.0:*                          
udp        0      0 0.0.0.0:5353            0.0.0.0:*                          
udp        0      0 127.0.0.1:55568         127.0.0.1:53            ESTABLISHED
udp6       0      0 :::123                  :::*                               
udp6       0      0 ::1:54952               ::1:514                 ESTABLISHED
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
udpl6      0      0 :::7778                 :::*                               
raw        0      0 127.0.0.1:17            127.0.0.1:*             1          
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ]         DGRAM                    11758    
unix  3      [ ]         STREAM     CONNECTED     11759    
unix  3      [ ]         STREAM     CONNECTING    0        @fx-abstract
unix  3      [ ]         STREAM     CONNECTED     11756    
unix  3      [ ]         STREAM     CONNECTED     11751    
unix  3      [ ]         STREAM     CONNECTED     11752    /tmp/fxwork/real.sock
unix  3      [ ]         STREAM     CONNECTED     11757    
unix  2      [ ACC ]     STREAM     LISTENING     11750    /tmp/fxwork/real.sock
unix  2      [ ]         DGRAM                    11754    /tmp/fxwork/real.dgram
unix  2      [ ACC ]     STREAM     LISTENING     11753    @fx-abstract
unix  2      [ ACC ]     SEQPACKET  LISTENING     11755    @fx-seq
--- stderr
