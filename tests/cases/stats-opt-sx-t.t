fixture: stats-real
args: -s -x -t
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: unix
--- stderr
