fixture: rich
args: -uano
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
udp        0      0 0.0.0.0:68              0.0.0.0:*                           off (0.00/0/0)
udp        0      0 10.0.0.5:41000          10.0.0.1:53             ESTABLISHED off (0.00/0/0)
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                        off (0.00/0/0)
udp        0      0 10.0.0.5:41001          10.0.0.2:123            UNKNOWN     off (0.00/0/0)
udp   327680    768 10.0.0.5:41002          10.0.0.3:514            UNKNOWN     on2 (3.00/0/0)
udp        0      0 127.0.0.1:4444          0.0.0.0:*                           off (0.00/0/0)
udp        0      0 10.0.0.5:7100           0.0.0.0:*               ESTABLISHED off (0.00/0/0)
udp6       0      0 :::5353                 :::*                                off (0.00/0/0)
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED off (0.00/0/0)
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED off (0.00/0/0)
udp6       0      0 ::1:514                 :::*                                off (0.00/0/0)
udp6       0      0 :::5000                 0.0.0.0:*                           off (0.00/0/0)
--- stderr
