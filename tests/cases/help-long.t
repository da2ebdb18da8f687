fixture: rich
args: --help
match: streams
status: 0
--- stdout
<non-empty>
--- stderr
