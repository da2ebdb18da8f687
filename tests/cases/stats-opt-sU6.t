fixture: stats-real
args: -sU6
status: 0
--- stdout
UdpLite6:
--- stderr
