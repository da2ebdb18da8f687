fixture: names
args: -ae
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN      root       2101      
tcp        0      0 loca:averyveryverylongs 0.0.0.0:*               LISTEN      root       2102      
tcp        0      0 localhost:secondname    0.0.0.0:*               LISTEN      root       2103      
tcp        0      0 loca:twentytwocharsserv 0.0.0.0:*               LISTEN      root       2104      
tcp        0      0 loca:nineteencharsnamex 0.0.0.0:*               LISTEN      root       2105      
tcp        0      0 loca:eighteencharsnamex 0.0.0.0:*               LISTEN      root       2106      
tcp        0      0 0.0.0:seventeencharname 0.0.0.0:*               LISTEN      root       2107      
tcp        0      0 local:seventeencharname 0.0.0.0:*               LISTEN      root       2108      
tcp        0      0 localhost:33000         localhost:http          ESTABLISHED root       2109      
tcp        0      0 localhost:http          localhost:33000         ESTABLISHED root       2110      
tcp        0      0 localhost:7100          localhost:kerberos      ESTABLISHED root       2111      
tcp        0      0 localhost:smtp          localhost:shell         TIME_WAIT   root       0         
tcp        0      0 0.0.0.0:tcpmux          0.0.0.0:*               LISTEN      root       2112      
tcp6       0      0 [::]:ssh                [::]:*                  LISTEN      root       2201      
tcp6       0      0 localhost:redis         [::]:*                  LISTEN      root       2202      
tcp6       0      0 localhost:https         localhost:50000         ESTABLISHED root       2203      
tcp6       0      0 [::]:averyveryverylongs [::]:*                  LISTEN      root       2204      
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:40000         ESTABLISHED root       2205      
tcp6       0      0 loca:nineteencharsnamex [::]:*                  LISTEN      root       2206      
udp        0      0 0.0.0.0:domain          0.0.0.0:*                           root       2301      
udp        0      0 localhost:ntp           0.0.0.0:*                           root       2302      
udp        0      0 0.0.:averyveryverylongs 0.0.0.0:*                           root       2303      
udp        0      0 localhost:udponlysvc    localhost:7000          ESTABLISHED root       2304      
udp        0      0 localhost:kerberos      localhost:22            ESTABLISHED root       2305      
udp6       0      0 [::]:mdns               [::]:*                              root       2401      
udp6       0      0 localhost:syslog        localhost:https         ESTABLISHED root       2402      
udpl       0      0 0.0.:averyveryverylongs 0.0.0.0:*                           root       2501      
udpl6      0      0 localhost:domain        [::]:*                              root       2601      
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7           root       2701      
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7           root       2702      
raw        0      0 localhost:udp           localhost:*             1           root       2703      
raw        0      0 0.0.0.0:255             0.0.0.0:*               7           root       2704      
raw        0      0 0.0.0.0:igmp            0.0.0.0:*               7           root       2705      
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7           root       2801      
raw6       0      0 localhost:*             [::]:*                  7           root       2802      
raw6       0      0 [::]:tcp                [::]:*                  7           root       2803      
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     2901     /run/names.sock
unix  3      [ ]         STREAM     CONNECTED     2902     
--- stderr
