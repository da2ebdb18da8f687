fixture: rich
args: --num
match: streams
status: 3
--- stdout
--- stderr
<non-empty>
