fixture: stats-nopermsnmp
args: -s
needs: stats
user: 65534
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: Permission denied
