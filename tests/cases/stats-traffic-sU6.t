fixture: stats-traffic
args: -sU6
needs: stats
status: 0
--- stdout
UdpLite6:
    UdpLite6InDatagrams: 3
    UdpLite6NoPorts: 3
    UdpLite6OutDatagrams: 6
--- stderr
