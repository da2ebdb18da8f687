fixture: rich
args: -V
match: streams
status: 0
--- stdout
<non-empty>
--- stderr
