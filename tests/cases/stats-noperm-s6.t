fixture: stats-noperm
args: -s6
needs: stats
user: 65534
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp6: Permission denied
