fixture: stats-real
args: -s --bluetooth
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: bluetooth
--- stderr
