fixture: stats-real
args: -su6
needs: stats
status: 0
--- stdout
Udp6:
    0 packets received
    0 packets to unknown port received
    0 packet receive errors
    0 packets sent
UdpLite6:
--- stderr
