# operands are filters; a word that is none is an error before any output
deviation: net-tools ignores operands
fixture: rich
args: -tn extra words
match: head
status: 3
--- stdout
--- stderr
netstat: bad filter 'extra'
Usage: netstat [options] [filter]  sockets (default: all but listening ones)
