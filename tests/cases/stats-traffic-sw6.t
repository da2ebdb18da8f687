fixture: stats-traffic
args: -sw6
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
UdpLite6:
    UdpLite6InDatagrams: 3
    UdpLite6NoPorts: 3
    UdpLite6OutDatagrams: 6
--- stderr
