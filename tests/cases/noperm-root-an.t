fixture: noperm-root
args: -an
user: 65534
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp        0      0 0.0.0.0:53              0.0.0.0:*                          
udp        0      0 127.0.0.1:40000         127.0.0.1:53            ESTABLISHED
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     5801     /run/x.sock
unix  3      [ ]         STREAM     CONNECTED     5802     
--- stderr
