fixture: stats-empty
args: -s
status: 0
--- stdout
Sctp:
--- stderr
