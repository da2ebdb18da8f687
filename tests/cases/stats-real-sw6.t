fixture: stats-real
args: -sw6
needs: stats
status: 0
--- stdout
Ip6:
    1 total packets received
    0 incoming packets discarded
    1 incoming packets delivered
    0 forwarded
    10 requests sent out
    8 outgoing multicast packets
    Ip6InOctets: 128
    Ip6OutOctets: 880
    Ip6OutMcastOctets: 672
    Ip6InNoECTPkts: 1
    Ip6OutTransmits: 10
Icmp6:
    1 ICMP messages received
    1 input ICMP message failed
    9 ICMP messages sent
    ICMP input histogram:
        destination unreachable: 1
        ICMP output histogram:
        destination unreachable: 1
        neighbor solicits: 4
        Icmp6OutMLDv2Reports: 4
        Icmp6InType1: 1
        Icmp6OutType1: 1
        Icmp6OutType135: 4
        Icmp6OutType143: 4
UdpLite6:
--- stderr
