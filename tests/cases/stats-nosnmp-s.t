fixture: stats-nosnmp
args: -s
needs: stats
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: No such file or directory
