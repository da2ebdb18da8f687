fixture: stats-traffic
args: -s6
needs: stats
status: 0
--- stdout
Ip6:
    60 total packets received
    0 incoming packets discarded
    60 incoming packets delivered
    0 forwarded
    60 requests sent out
    Ip6InOctets: 16884
    Ip6OutOctets: 16884
    Ip6InNoECTPkts: 60
    Ip6OutTransmits: 60
Icmp6:
    12 ICMP messages received
    0 input ICMP message failed
    12 ICMP messages sent
    ICMP input histogram:
        destination unreachable: 6
        echo requests: 3
        echo replies: 3
        ICMP output histogram:
        destination unreachable: 6
        echo requests: 3
        echo replies: 3
        Icmp6InType1: 6
        Icmp6InType128: 3
        Icmp6InType129: 3
        Icmp6OutType1: 6
        Icmp6OutType128: 3
        Icmp6OutType129: 3
Udp6:
    3 packets received
    3 packets to unknown port received
    0 packet receive errors
    6 packets sent
UdpLite6:
    UdpLite6InDatagrams: 3
    UdpLite6NoPorts: 3
    UdpLite6OutDatagrams: 6
Tcp:
    12 active connection openings
    6 passive connection openings
    6 failed connection attempts
    0 connection resets received
    0 connections established
    72 segments received
    72 segments sent out
    0 segments retransmitted
    0 bad segments received
    6 resets sent
--- stderr
