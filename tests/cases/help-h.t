# usage text is our own words, on stdout only (net-tools also lists address families on stderr)
fixture: rich
args: -h
match: streams
status: 0
--- stdout
<non-empty>
--- stderr
