fixture: real
args: -ao
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN      off (0.00/0/0)
tcp        0      0 localhost:postgresql    0.0.0.0:*               LISTEN      off (0.00/0/0)
tcp        0      0 localhost:35548         localhost:postgresql    ESTABLISHED off (0.00/0/0)
tcp        1      0 localhost:35558         localhost:postgresql    CLOSE_WAIT  off (0.00/0/0)
tcp        0      0 localhost:53476         localhost:ssh           TIME_WAIT   timewait (59.79/0/0)
tcp        0      0 localhost:postgresql    localhost:35558         FIN_WAIT2   off (0.00/0/0)
tcp     1000      0 localhost:postgresql    localhost:35548         ESTABLISHED off (0.00/0/0)
tcp       77      0 localhost:55952         localhost:http-alt      ESTABLISHED off (0.00/0/0)
tcp6       0      0 [::]:ssh                [::]:*                  LISTEN      off (0.00/0/0)
tcp6       0      0 localhost:redis         [::]:*                  LISTEN      off (0.00/0/0)
tcp6       0      0 [::]:http-alt           [::]:*                  LISTEN      off (0.00/0/0)
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:55952         ESTABLISHED off (0.00/0/0)
tcp6       0      0 localhost:60810         localhost:redis         ESTABLISHED off (0.00/0/0)
tcp6       0      0 localhost:redis         localhost:60810         ESTABLISHED off (0.00/0/0)
udp     1280      0 localhost:9999          0.0.0.0:*                           off (0.00/0/0)
udp        0      0 0.0.0.0:mdns            0.0.0.0:*                           off (0.00/0/0)
udp        0      0 localhost:55568         localhost:domain        ESTABLISHED off (0.00/0/0)
udp6       0      0 [::]:ntp                [::]:*                              off (0.00/0/0)
udp6       0      0 localhost:54952         localhost:syslog        ESTABLISHED off (0.00/0/0)
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           off (0.00/0/0)
udpl6      0      0 [::]:7778               [::]:*                              off (0.00/0/0)
raw        0      0 localhost:udp           localhost:*             1           off (0.00/0/0)
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7           off (0.00/0/0)
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7           off (0.00/0/0)
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
