fixture: rich
args: -A ipx
status: 1
--- stdout
--- stderr
netstat: no support for `AF IPX' on this system.
