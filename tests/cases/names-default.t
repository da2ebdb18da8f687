fixture: names
args: 
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 localhost:33000         localhost:http          ESTABLISHED
tcp        0      0 localhost:http          localhost:33000         ESTABLISHED
tcp        0      0 localhost:7100          localhost:kerberos      ESTABLISHED
tcp        0      0 localhost:smtp          localhost:shell         TIME_WAIT  
tcp6       0      0 localhost:https         localhost:50000         ESTABLISHED
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:40000         ESTABLISHED
udp        0      0 localhost:udponlysvc    localhost:7000          ESTABLISHED
udp        0      0 localhost:kerberos      localhost:22            ESTABLISHED
udp6       0      0 localhost:syslog        localhost:https         ESTABLISHED
raw        0      0 localhost:udp           localhost:*             1          
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  3      [ ]         STREAM     CONNECTED     2902     
--- stderr
