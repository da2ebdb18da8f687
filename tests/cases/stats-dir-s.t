fixture: stats-dir
args: -s
needs: stats
status: 0
--- stdout
Sctp:
--- stderr
/proc/net/snmp: Is a directory
/proc/net/netstat: Is a directory
/proc/net/sctp/snmp: Is a directory
