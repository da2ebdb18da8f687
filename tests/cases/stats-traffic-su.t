fixture: stats-traffic
args: -su
needs: stats
status: 0
--- stdout
IcmpMsg:
    InType3: 6
    InType8: 3
    OutType0: 3
    OutType3: 6
    OutType8: 3
Udp:
    3 packets received
    3 packets to unknown port received
    0 packet receive errors
    6 packets sent
    0 receive buffer errors
    0 send buffer errors
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
