fixture: names
args: -6 -a
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 [::]:ssh                [::]:*                  LISTEN     
tcp6       0      0 localhost:redis         [::]:*                  LISTEN     
tcp6       0      0 localhost:https         localhost:50000         ESTABLISHED
tcp6       0      0 [::]:averyveryverylongs [::]:*                  LISTEN     
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:40000         ESTABLISHED
tcp6       0      0 loca:nineteencharsnamex [::]:*                  LISTEN     
udp6       0      0 [::]:mdns               [::]:*                             
udp6       0      0 localhost:syslog        localhost:https         ESTABLISHED
udpl6      0      0 localhost:domain        [::]:*                             
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7          
raw6       0      0 localhost:*             [::]:*                  7          
raw6       0      0 [::]:tcp                [::]:*                  7          
--- stderr
