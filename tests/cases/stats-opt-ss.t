fixture: stats-real
args: -ss
match: streams
status: 3
--- stdout
--- stderr
<non-empty>
