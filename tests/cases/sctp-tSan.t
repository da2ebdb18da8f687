fixture: sctp
args: -tSan
status: 1
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
netstat: no support for `AF INET (tcp)' on this system.
