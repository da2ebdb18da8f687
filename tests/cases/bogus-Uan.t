# udplite lines are reported as udp
fixture: bogus
args: -Uan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
--- stderr
warning, got bogus udp line.
warning, got bogus udp line.
