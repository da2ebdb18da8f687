fixture: stats-real
args: --statistics --ddp
status: 1
--- stdout
netstat: No statistics support for specified address family: ddp
--- stderr
