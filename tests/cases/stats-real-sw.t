fixture: stats-real
args: -sw
needs: stats
status: 0
--- stdout
Ip:
    Forwarding: 2
    24778 total packets received
    0 forwarded
    0 incoming packets discarded
    24778 incoming packets delivered
    9512 requests sent out
    OutTransmits: 9512
Icmp:
    1 ICMP messages received
    0 input ICMP message failed
    ICMP input histogram:
        destination unreachable: 1
    0 ICMP messages sent
    0 ICMP messages failed
    ICMP output histogram:
IcmpMsg:
        InType3: 1
UdpLite:
IpExt:
    InOctets: 1086093406
    OutOctets: 579297
    InNoECTPkts: 24778
MPTcpExt:
--- stderr
