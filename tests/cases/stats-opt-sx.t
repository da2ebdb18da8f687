fixture: stats-real
args: -sx
status: 1
--- stdout
netstat: No statistics support for specified address family: unix
--- stderr
