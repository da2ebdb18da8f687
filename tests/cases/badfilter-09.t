# a malformed operand: the message, the usage text, exit 3, no output
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -tan @300.1.1.1
match: head
status: 3
--- stdout
--- stderr
netstat: bad filter '@300.1.1.1'
Usage: netstat [options] [filter]  sockets (default: all but listening ones)
