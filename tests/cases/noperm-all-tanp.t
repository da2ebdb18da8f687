# nothing identifiable: one-line note with geteuid()
fixture: noperm-all
args: -tanp
user: 65534
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      -                   
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED -                   
--- stderr
(No info could be read for "-p": geteuid()=65534 but you should be root.)
