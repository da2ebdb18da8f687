fixture: rich
args: --timers --udplite --numeric --all
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           off (0.00/0/0)
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED off (0.00/0/0)
udpl6      0      0 :::7778                 :::*                                off (0.00/0/0)
udpl6      0      0 2001:db8::5:7000        2001:db8::6:7001        ESTABLISHED off (0.00/0/0)
--- stderr
