fixture: names
args: -ua
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp        0      0 0.0.0.0:domain          0.0.0.0:*                          
udp        0      0 localhost:ntp           0.0.0.0:*                          
udp        0      0 0.0.:averyveryverylongs 0.0.0.0:*                          
udp        0      0 localhost:udponlysvc    localhost:7000          ESTABLISHED
udp        0      0 localhost:kerberos      localhost:22            ESTABLISHED
udp6       0      0 [::]:mdns               [::]:*                             
udp6       0      0 localhost:syslog        localhost:https         ESTABLISHED
--- stderr
