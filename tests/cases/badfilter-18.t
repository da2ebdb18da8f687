# a malformed operand: the message, the usage text, exit 3, no output
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -tan xyz
match: head
status: 3
--- stdout
--- stderr
netstat: bad filter 'xyz'
Usage: netstat [options] [filter]  sockets (default: all but listening ones)
