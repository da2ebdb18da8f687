fixture: stats-zero
args: -sw6
needs: stats
status: 0
--- stdout
Ip6:
    0 total packets received
    0 incoming packets discarded
    0 incoming packets delivered
    0 forwarded
    0 requests sent out
Icmp6:
    0 ICMP messages received
    0 input ICMP message failed
    0 ICMP messages sent
    ICMP input histogram:
        ICMP output histogram:
UdpLite6:
--- stderr
