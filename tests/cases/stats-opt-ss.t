fixture: stats-real
args: -ss
needs: stats
match: streams
status: 3
--- stdout
--- stderr
<non-empty>
