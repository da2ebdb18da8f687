fixture: stats-real
args: -s -A inet,inet6
status: 1
--- stdout
netstat: No statistics support for specified address family: inet,inet6
--- stderr
