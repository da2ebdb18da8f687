fixture: stats-nopermsnmp
args: -s
user: 65534
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: Permission denied
