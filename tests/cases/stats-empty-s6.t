fixture: stats-empty
args: -s6
needs: stats
status: 0
--- stdout
--- stderr
