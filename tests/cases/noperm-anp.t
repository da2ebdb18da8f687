fixture: noperm
args: -anp
user: 65534
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -                   
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED 301/mine            
udp        0      0 0.0.0.0:53              0.0.0.0:*                           -                   
udp        0      0 127.0.0.1:40000         127.0.0.1:53            ESTABLISHED 303/alsomine        
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     5801     -                    /run/x.sock
unix  3      [ ]         STREAM     CONNECTED     5802     303/alsomine         
--- stderr
(Not all processes could be identified, non-owned process info
 will not be shown, you would have to be root to see it all.)
