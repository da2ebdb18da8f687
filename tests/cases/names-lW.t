fixture: names
args: -lW
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     
tcp        0      0 localhost:averyveryverylongservicename 0.0.0.0:*               LISTEN     
tcp        0      0 localhost:secondname    0.0.0.0:*               LISTEN     
tcp        0      0 localhost:twentytwocharsservice1 0.0.0.0:*               LISTEN     
tcp        0      0 localhost:nineteencharsnamexx 0.0.0.0:*               LISTEN     
tcp        0      0 localhost:eighteencharsnamex 0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:seventeencharname 0.0.0.0:*               LISTEN     
tcp        0      0 localhost:seventeencharname 0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:tcpmux          0.0.0.0:*               LISTEN     
tcp6       0      0 [::]:ssh                [::]:*                  LISTEN     
tcp6       0      0 localhost:redis         [::]:*                  LISTEN     
tcp6       0      0 [::]:averyveryverylongservicename [::]:*                  LISTEN     
tcp6       0      0 localhost:nineteencharsnamexx [::]:*                  LISTEN     
udp        0      0 0.0.0.0:domain          0.0.0.0:*                          
udp        0      0 localhost:ntp           0.0.0.0:*                          
udp        0      0 0.0.0.0:averyveryverylongservicename 0.0.0.0:*                          
udp6       0      0 [::]:mdns               [::]:*                             
udpl       0      0 0.0.0.0:averyveryverylongservicename 0.0.0.0:*                          
udpl6      0      0 localhost:domain        [::]:*                             
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7          
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7          
raw        0      0 0.0.0.0:255             0.0.0.0:*               7          
raw        0      0 0.0.0.0:igmp            0.0.0.0:*               7          
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7          
raw6       0      0 localhost:*             [::]:*                  7          
raw6       0      0 [::]:tcp                [::]:*                  7          
Active UNIX domain sockets (only servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     2901     /run/names.sock
--- stderr
