fixture: stats-zero
args: -s6
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
Udp6:
    0 packets received
    0 packets to unknown port received
    0 packet receive errors
    0 packets sent
UdpLite6:
Tcp:
    0 active connection openings
    0 passive connection openings
    0 failed connection attempts
    0 connection resets received
    0 connections established
    0 segments received
    0 segments sent out
    0 segments retransmitted
    0 bad segments received
    0 resets sent
--- stderr
