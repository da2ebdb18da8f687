fixture: stats-traffic
args: -st
needs: stats
status: 0
--- stdout
IcmpMsg:
    InType3: 6
    InType8: 3
    OutType0: 3
    OutType3: 6
    OutType8: 3
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
UdpLite:
    InDatagrams: 3
    NoPorts: 3
    OutDatagrams: 6
TcpExt:
    6 TCP sockets finished time wait in fast timer
    0 packet headers predicted
    18 acknowledgments not containing data payload received
    6 predicted acknowledgments
    TCPOrigDataSent: 24
    TCPDelivered: 30
IpExt:
    InOctets: 15564
    OutOctets: 15564
    InNoECTPkts: 60
MPTcpExt:
--- stderr
