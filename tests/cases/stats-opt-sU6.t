fixture: stats-real
args: -sU6
needs: stats
status: 0
--- stdout
UdpLite6:
--- stderr
