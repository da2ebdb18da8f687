fixture: stats-real
args: -sS6
needs: stats
status: 0
--- stdout
UdpLite6:
--- stderr
