fixture: v4only
args: -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
udp        0      0 0.0.0.0:53              0.0.0.0:*                          
udp        0      0 127.0.0.1:40000         127.0.0.1:53            ESTABLISHED
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     5801     /run/x.sock
unix  3      [ ]         STREAM     CONNECTED     5802     
--- stderr
