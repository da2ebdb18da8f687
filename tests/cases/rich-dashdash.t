# after -- "-u" is an operand, so a filter, and not one
deviation: net-tools ignores operands
fixture: rich
args: -tn -- -u
match: head
status: 3
--- stdout
--- stderr
netstat: bad filter '-u'
Usage: netstat [options] [filter]  sockets (default: all but listening ones)
