fixture: empty
args: -S
status: 1
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
netstat: no support for `AF INET (sctp)' on this system.
