# tree not listable, tcp unreadable
fixture: noperm-root
args: -tanp
user: 65534
status: 1
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
--- stderr
(No info could be read for "-p": geteuid()=65534 but you should be root.)
netstat: no support for `AF INET (tcp)' on this system.
