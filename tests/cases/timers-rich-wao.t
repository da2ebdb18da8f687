fixture: rich
args: -wao
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7           off (0.00/0/0)
raw        0      0 0.0.0.0:tcp             0.0.0.0:*               1           off (0.00/0/0)
raw        0      0 10.0.0.5:udp            10.0.0.1:*              1           off (0.00/0/0)
raw        0      0 10.0.0.5:255            0.0.0.0:*               10          on1 (1.00/0/0)
raw        0      0 0.0.0.0:rawsvc          0.0.0.0:*               7           off (0.00/0/0)
raw6       0      0 [::]:ipv6-icmp          [::]:*                  7           off (0.00/0/0)
raw6       0      0 2001:db8::1:ipv6-icmp   2001:db8::2:*           1           off (0.00/0/0)
raw6       0      0 [::]:*                  [::]:*                  7           off (0.00/0/0)
--- stderr
