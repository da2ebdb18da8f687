# raw "ports" are protocols: /etc/protocols wins over raw services
fixture: rich
args: --numeric-hosts -wa
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7          
raw        0      0 0.0.0.0:tcp             0.0.0.0:*               1          
raw        0      0 10.0.0.5:udp            10.0.0.1:*              1          
raw        0      0 10.0.0.5:255            0.0.0.0:*               10         
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7          
raw6       0      0 :::ipv6-icmp            :::*                    7          
raw6       0      0 2001:db8::1:ipv6-icmp   2001:db8::2:*           1          
raw6       0      0 :::*                    :::*                    7          
--- stderr
