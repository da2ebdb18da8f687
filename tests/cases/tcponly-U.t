fixture: tcponly
args: -Un
status: 1
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
netstat: no support for `AF INET (udplite)' on this system.
