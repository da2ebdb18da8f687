fixture: stats-real
args: -sx
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: unix
--- stderr
