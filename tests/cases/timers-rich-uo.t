fixture: rich
args: -uo
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
udp        0      0 10.0.0.5:41000          10.0.0.1:domain         ESTABLISHED off (0.00/0/0)
udp        0      0 10.0.0.5:41001          10.0.0.2:ntp            UNKNOWN     off (0.00/0/0)
udp   327680    768 10.0.0.5:41002          10.0.0.3:syslog         UNKNOWN     on2 (3.00/0/0)
udp6       0      0 10.0.0.5:41003          10.0.0.1:domain         ESTABLISHED off (0.00/0/0)
udp6       0      0 2001:db8::5:41004       2001:db8::1:domain      ESTABLISHED off (0.00/0/0)
udp6       0      0 [::]:5000               0.0.0.0:*                           off (0.00/0/0)
--- stderr
