fixture: noperm-root
args: -uanp
user: 65534
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
udp        0      0 0.0.0.0:53              0.0.0.0:*                           -                   
udp        0      0 127.0.0.1:40000         127.0.0.1:53            ESTABLISHED -                   
--- stderr
(No info could be read for "-p": geteuid()=65534 but you should be root.)
