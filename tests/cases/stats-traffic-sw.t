fixture: stats-traffic
args: -sw
needs: stats
status: 0
--- stdout
Ip:
    Forwarding: 2
    60 total packets received
    0 forwarded
    0 incoming packets discarded
    60 incoming packets delivered
    60 requests sent out
    OutTransmits: 60
Icmp:
    12 ICMP messages received
    3 input ICMP message failed
    InCsumErrors: 3
    ICMP input histogram:
        destination unreachable: 6
        echo requests: 3
    12 ICMP messages sent
    0 ICMP messages failed
    ICMP output histogram:
        destination unreachable: 6
        echo requests: 3
        echo replies: 3
IcmpMsg:
        InType3: 6
        InType8: 3
        OutType0: 3
        OutType3: 6
        OutType8: 3
UdpLite:
    InDatagrams: 3
    NoPorts: 3
    OutDatagrams: 6
IpExt:
    InOctets: 15564
    OutOctets: 15564
    InNoECTPkts: 60
MPTcpExt:
--- stderr
