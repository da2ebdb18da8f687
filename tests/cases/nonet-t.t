fixture: nonet
args: -t
status: 1
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
netstat: no support for `AF INET (tcp)' on this system.
