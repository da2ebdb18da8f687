fixture: stats-noparse6
args: -s
needs: stats
status: 0
--- stdout
Ip:
    1 total packets received
Tcp:
    3 active connection openings
--- stderr
Problem while parsing /proc/net/snmp
