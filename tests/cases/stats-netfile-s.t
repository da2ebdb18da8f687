fixture: netfile
args: -s
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: Not a directory
