fixture: stats-real
args: -s46
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: inet,inet6
--- stderr
