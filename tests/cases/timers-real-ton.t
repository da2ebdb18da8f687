fixture: real
args: -ton
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
tcp        0      0 127.0.0.1:35548         127.0.0.1:5432          ESTABLISHED off (0.00/0/0)
tcp        1      0 127.0.0.1:35558         127.0.0.1:5432          CLOSE_WAIT  off (0.00/0/0)
tcp        0      0 127.0.0.1:53476         127.0.0.1:22            TIME_WAIT   timewait (59.79/0/0)
tcp        0      0 127.0.0.1:5432          127.0.0.1:35558         FIN_WAIT2   off (0.00/0/0)
tcp     1000      0 127.0.0.1:5432          127.0.0.1:35548         ESTABLISHED off (0.00/0/0)
tcp       77      0 127.0.0.1:55952         127.0.0.1:8080          ESTABLISHED off (0.00/0/0)
tcp6       0      0 127.0.0.1:8080          127.0.0.1:55952         ESTABLISHED off (0.00/0/0)
tcp6       0      0 ::1:60810               ::1:6379                ESTABLISHED off (0.00/0/0)
tcp6       0      0 ::1:6379                ::1:60810               ESTABLISHED off (0.00/0/0)
--- stderr
