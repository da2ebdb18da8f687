fixture: names
args: --numeric-hosts -a
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     
tcp        0      0 127.:averyveryverylongs 0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:secondname    0.0.0.0:*               LISTEN     
tcp        0      0 127.:twentytwocharsserv 0.0.0.0:*               LISTEN     
tcp        0      0 127.:nineteencharsnamex 0.0.0.0:*               LISTEN     
tcp        0      0 127.:eighteencharsnamex 0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0:seventeencharname 0.0.0.0:*               LISTEN     
tcp        0      0 127.0:seventeencharname 0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:33000         127.0.0.1:http          ESTABLISHED
tcp        0      0 127.0.0.1:http          127.0.0.1:33000         ESTABLISHED
tcp        0      0 127.0.0.1:7100          127.0.0.1:kerberos      ESTABLISHED
tcp        0      0 127.0.0.1:smtp          127.0.0.1:shell         TIME_WAIT  
tcp        0      0 0.0.0.0:tcpmux          0.0.0.0:*               LISTEN     
tcp6       0      0 :::ssh                  :::*                    LISTEN     
tcp6       0      0 ::1:redis               :::*                    LISTEN     
tcp6       0      0 ::1:https               ::1:50000               ESTABLISHED
tcp6       0      0 :::averyveryverylongs   :::*                    LISTEN     
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:40000         ESTABLISHED
tcp6       0      0 ::1:nineteencharsnamexx :::*                    LISTEN     
udp        0      0 0.0.0.0:domain          0.0.0.0:*                          
udp        0      0 127.0.0.1:ntp           0.0.0.0:*                          
udp        0      0 0.0.:averyveryverylongs 0.0.0.0:*                          
udp        0      0 127.0.0.1:udponlysvc    127.0.0.1:7000          ESTABLISHED
udp        0      0 127.0.0.1:kerberos      127.0.0.1:22            ESTABLISHED
udp6       0      0 :::mdns                 :::*                               
udp6       0      0 ::1:syslog              ::1:https               ESTABLISHED
udpl       0      0 0.0.:averyveryverylongs 0.0.0.0:*                          
udpl6      0      0 ::1:domain              :::*                               
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7          
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7          
raw        0      0 127.0.0.1:udp           127.0.0.1:*             1          
raw        0      0 0.0.0.0:255             0.0.0.0:*               7          
raw        0      0 0.0.0.0:igmp            0.0.0.0:*               7          
raw6       0      0 :::ipv6-icmp            :::*                    7          
raw6       0      0 ::1:*                   :::*                    7          
raw6       0      0 :::tcp                  :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     2901     /run/names.sock
unix  3      [ ]         STREAM     CONNECTED     2902     
--- stderr
