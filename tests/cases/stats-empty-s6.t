fixture: stats-empty
args: -s6
status: 0
--- stdout
--- stderr
