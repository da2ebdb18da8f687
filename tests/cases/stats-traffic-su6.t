fixture: stats-traffic
args: -su6
needs: stats
status: 0
--- stdout
Udp6:
    3 packets received
    3 packets to unknown port received
    0 packet receive errors
    6 packets sent
UdpLite6:
    UdpLite6InDatagrams: 3
    UdpLite6NoPorts: 3
    UdpLite6OutDatagrams: 6
--- stderr
