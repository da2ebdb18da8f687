fixture: rich
args: --numeric-hosts -uwae
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
udp        0      0 0.0.0.0:68              0.0.0.0:*                           root       1201      
udp        0      0 10.0.0.5:41000          10.0.0.1:domain         ESTABLISHED alice      1202      
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                        alice      1203      
udp        0      0 10.0.0.5:41001          10.0.0.2:ntp            UNKNOWN     root       1204      
udp   327680    768 10.0.0.5:41002          10.0.0.3:syslog         UNKNOWN     root       1205      
udp        0      0 127.:averyveryverylongs 0.0.0.0:*                           4242       1206      
udp        0      0 10.0.0.5:udponlysvc     0.0.0.0:*               ESTABLISHED root       1207      
udp6       0      0 :::mdns                 :::*                                postgres   1301      
udp6       0      0 10.0.0.5:41003          10.0.0.1:domain         ESTABLISHED root       1302      
udp6       0      0 2001:db8::5:41004       2001:db8::1:domain      ESTABLISHED exactlyten 1303      
udp6       0      0 ::1:syslog              :::*                                root       1304      
udp6       0      0 :::5000                 0.0.0.0:*                           root       1305      
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7           root       1601      
raw        0      0 0.0.0.0:tcp             0.0.0.0:*               1           root       1602      
raw        0      0 10.0.0.5:udp            10.0.0.1:*              1           alice      1603      
raw        0      0 10.0.0.5:255            0.0.0.0:*               10          root       1604      
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7           root       1605      
raw6       0      0 :::ipv6-icmp            :::*                    7           root       1701      
raw6       0      0 2001:db8::1:ipv6-icmp   2001:db8::2:*           1           alice      1702      
raw6       0      0 :::*                    :::*                    7           root       1703      
--- stderr
