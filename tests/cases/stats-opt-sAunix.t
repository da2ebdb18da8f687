fixture: stats-real
args: -sA unix
status: 1
--- stdout
netstat: No statistics support for specified address family: unix
--- stderr
