fixture: rich
args: -A
match: streams
status: 3
--- stdout
--- stderr
<non-empty>
