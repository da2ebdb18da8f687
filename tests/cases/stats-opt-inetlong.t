fixture: stats-real
args: --statistics --inet --udp
needs: stats
status: 0
--- stdout
IcmpMsg:
    InType3: 1
Udp:
    163 packets received
    0 packets to unknown port received
    0 packet receive errors
    164 packets sent
    0 receive buffer errors
    0 send buffer errors
UdpLite:
IpExt:
    InOctets: 1086093406
    OutOctets: 579297
    InNoECTPkts: 24778
MPTcpExt:
--- stderr
