fixture: names
args: -wa
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7          
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7          
raw        0      0 localhost:udp           localhost:*             1          
raw        0      0 0.0.0.0:255             0.0.0.0:*               7          
raw        0      0 0.0.0.0:igmp            0.0.0.0:*               7          
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7          
raw6       0      0 localhost:*             [::]:*                  7          
raw6       0      0 [::]:tcp                [::]:*                  7          
--- stderr
