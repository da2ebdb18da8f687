fixture: stats-real
args: -s -A ipx
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: ipx
--- stderr
