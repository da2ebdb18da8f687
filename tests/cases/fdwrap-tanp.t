# fd links whose number is past 2^64 (decimal, negative, hex) name no socket: strtoul() saturates, net-tools rejects ULONG_MAX
fixture: fdwrap
args: -tanp
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -                   
tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      -                   
tcp        0      0 0.0.0.0:443             0.0.0.0:*               LISTEN      -                   
--- stderr
