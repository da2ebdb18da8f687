# operands are checked with -r too, before any output
deviation: filters are ours; net-tools ignores operands
fixture: route-rich
args: -rn :22 @300.1.1.1
needs: route
match: head
status: 3
--- stdout
--- stderr
netstat: bad filter '@300.1.1.1'
