fixture: real
args: -4 -lnp
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      1234/python3        
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      1234/python3        
udp     1280      0 127.0.0.1:9999          0.0.0.0:*                           1234/python3        
udp        0      0 0.0.0.0:5353            0.0.0.0:*                           1234/python3        
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           1234/python3        
raw        0      0 0.0.0.0:1               0.0.0.0:*               7           1234/python3        
--- stderr
