fixture: netfile
args: -s
needs: stats
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: Not a directory
