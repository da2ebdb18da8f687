fixture: rich
args: --numeric-hosts -ua
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp        0      0 0.0.0.0:68              0.0.0.0:*                          
udp        0      0 10.0.0.5:41000          10.0.0.1:domain         ESTABLISHED
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                       
udp        0      0 10.0.0.5:41001          10.0.0.2:ntp            UNKNOWN    
udp   327680    768 10.0.0.5:41002          10.0.0.3:syslog         UNKNOWN    
udp        0      0 127.:averyveryverylongs 0.0.0.0:*                          
udp        0      0 10.0.0.5:udponlysvc     0.0.0.0:*               ESTABLISHED
udp6       0      0 :::mdns                 :::*                               
udp6       0      0 10.0.0.5:41003          10.0.0.1:domain         ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:domain      ESTABLISHED
udp6       0      0 ::1:syslog              :::*                               
udp6       0      0 :::5000                 0.0.0.0:*                          
--- stderr
