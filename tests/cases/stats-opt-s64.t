fixture: stats-real
args: -s -6 -4
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: inet6,inet
--- stderr
