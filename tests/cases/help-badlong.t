fixture: rich
args: --bogus
match: streams
status: 3
--- stdout
--- stderr
<non-empty>
