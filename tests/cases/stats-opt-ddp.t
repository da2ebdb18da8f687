fixture: stats-real
args: --statistics --ddp
needs: stats
status: 1
--- stdout
netstat: No statistics support for specified address family: ddp
--- stderr
