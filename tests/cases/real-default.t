# no options: connected inet sockets, names resolved, then unix
fixture: real
args: 
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 localhost:35548         localhost:postgresql    ESTABLISHED
tcp        1      0 localhost:35558         localhost:postgresql    CLOSE_WAIT 
tcp        0      0 localhost:53476         localhost:ssh           TIME_WAIT  
tcp        0      0 localhost:postgresql    localhost:35558         FIN_WAIT2  
tcp     1000      0 localhost:postgresql    localhost:35548         ESTABLISHED
tcp       77      0 localhost:55952         localhost:http-alt      ESTABLISHED
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:55952         ESTABLISHED
tcp6       0      0 localhost:60810         localhost:redis         ESTABLISHED
tcp6       0      0 localhost:redis         localhost:60810         ESTABLISHED
udp        0      0 localhost:55568         localhost:domain        ESTABLISHED
udp6       0      0 localhost:54952         localhost:syslog        ESTABLISHED
raw        0      0 localhost:udp           localhost:*             1          
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ]         DGRAM                    11758    
unix  3      [ ]         STREAM     CONNECTED     11759    
unix  3      [ ]         STREAM     CONNECTING    0        @fx-abstract
unix  3      [ ]         STREAM     CONNECTED     11756    
unix  3      [ ]         STREAM     CONNECTED     11751    
unix  3      [ ]         STREAM     CONNECTED     11752    /tmp/fxwork/real.sock
unix  3      [ ]         STREAM     CONNECTED     11757    
unix  2      [ ]         DGRAM                    11754    /tmp/fxwork/real.dgram
--- stderr
