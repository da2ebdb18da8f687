fixture: stats-real
args: -sA unix
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: unix
--- stderr
