fixture: stats-onlysnmp
args: -s6
needs: stats
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp6: No such file or directory
