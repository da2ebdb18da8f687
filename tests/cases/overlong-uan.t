fixture: overlong
args: -uan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp        0      0 127.0.0.1:53            0.0.0.0:*                          
udp        0      0 127.0.0.1:54            0.0.0.0:*                          
udp        0      0 127.0.0.1:55            0.0.0.0:*                          
--- stderr
warning, got bogus udp line.
