fixture: stats-traffic
args: -sU
needs: stats
status: 0
--- stdout
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
