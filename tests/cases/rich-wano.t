fixture: rich
args: -wano
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
raw        0      0 0.0.0.0:1               0.0.0.0:*               7           off (0.00/0/0)
raw        0      0 0.0.0.0:6               0.0.0.0:*               1           off (0.00/0/0)
raw        0      0 10.0.0.5:17             10.0.0.1:*              1           off (0.00/0/0)
raw        0      0 10.0.0.5:255            0.0.0.0:*               10          on1 (1.00/0/0)
raw        0      0 0.0.0.0:99              0.0.0.0:*               7           off (0.00/0/0)
raw6       0      0 :::58                   :::*                    7           off (0.00/0/0)
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1           off (0.00/0/0)
raw6       0      0 :::*                    :::*                    7           off (0.00/0/0)
--- stderr
