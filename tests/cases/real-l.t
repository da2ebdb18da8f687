fixture: real
args: -l
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     
tcp        0      0 localhost:postgresql    0.0.0.0:*               LISTEN     
tcp6       0      0 [::]:ssh                [::]:*                  LISTEN     
tcp6       0      0 localhost:redis         [::]:*                  LISTEN     
tcp6       0      0 [::]:http-alt           [::]:*                  LISTEN     
udp     1280      0 localhost:9999          0.0.0.0:*                          
udp        0      0 0.0.0.0:mdns            0.0.0.0:*                          
udp6       0      0 [::]:ntp                [::]:*                             
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
udpl6      0      0 [::]:7778               [::]:*                             
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7          
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7          
Active UNIX domain sockets (only servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     11750    /tmp/fxwork/real.sock
unix  2      [ ACC ]     STREAM     LISTENING     11753    @fx-abstract
unix  2      [ ACC ]     SEQPACKET  LISTENING     11755    @fx-seq
--- stderr
