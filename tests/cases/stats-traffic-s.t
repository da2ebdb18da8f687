fixture: stats-traffic
args: -s
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
