fixture: stats-noparse
args: -s
needs: stats
status: 0
--- stdout
Ip:
    1 total packets received
    Odd: 2
Tcp:
    3 active connection openings
TcpExt:
    8 TCP sockets finished time wait in fast timer
Sctp:
    1 Current Associations
--- stderr
Problem while parsing /proc/net/snmp
Problem while parsing /proc/net/netstat
