fixture: v4only
args: -tulpn
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -                   
udp        0      0 0.0.0.0:53              0.0.0.0:*                           -                   
--- stderr
