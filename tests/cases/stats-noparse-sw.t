fixture: stats-noparse
args: -sw
needs: stats
status: 0
--- stdout
Ip:
    1 total packets received
    Odd: 2
--- stderr
Problem while parsing /proc/net/snmp
Problem while parsing /proc/net/netstat
