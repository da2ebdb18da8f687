fixture: stats-real
args: -sS6
status: 0
--- stdout
UdpLite6:
--- stderr
