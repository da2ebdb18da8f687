fixture: real
args: -ln
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN     
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 :::8080                 :::*                    LISTEN     
udp     1280      0 127.0.0.1:9999          0.0.0.0:*                          
udp        0      0 0.0.0.0:5353            0.0.0.0:*                          
udp6       0      0 :::123                  :::*                               
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
udpl6      0      0 :::7778                 :::*                               
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
Active UNIX domain sockets (only servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     11750    /tmp/fxwork/real.sock
unix  2      [ ACC ]     STREAM     LISTENING     11753    @fx-abstract
unix  2      [ ACC ]     SEQPACKET  LISTENING     11755    @fx-seq
--- stderr
