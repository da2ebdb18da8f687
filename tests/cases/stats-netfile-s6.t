fixture: netfile
args: -s6
needs: stats
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp6: Not a directory
