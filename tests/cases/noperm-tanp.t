# some fd dirs unreadable: two-line note
fixture: noperm
args: -tanp
user: 65534
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -                   
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED 301/mine            
--- stderr
(Not all processes could be identified, non-owned process info
 will not be shown, you would have to be root to see it all.)
