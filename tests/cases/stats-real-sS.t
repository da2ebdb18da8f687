fixture: stats-real
args: -sS
needs: stats
status: 0
--- stdout
IcmpMsg:
    InType3: 1
UdpLite:
IpExt:
    InOctets: 1086093406
    OutOctets: 579297
    InNoECTPkts: 24778
MPTcpExt:
--- stderr
