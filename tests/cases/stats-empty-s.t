fixture: stats-empty
args: -s
needs: stats
status: 0
--- stdout
Sctp:
--- stderr
