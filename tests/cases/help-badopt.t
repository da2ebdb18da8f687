fixture: rich
args: -X
match: streams
status: 3
--- stdout
--- stderr
<non-empty>
