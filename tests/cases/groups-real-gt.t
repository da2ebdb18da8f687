# tcp is missing: its message ends the listing before the groups
fixture: iface-real
args: -gt
needs: groups
status: 1
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
netstat: no support for `AF INET (tcp)' on this system.
