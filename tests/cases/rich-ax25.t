fixture: rich
args: --ax25
status: 1
--- stdout
--- stderr
netstat: no support for `AF AX25' on this system.
