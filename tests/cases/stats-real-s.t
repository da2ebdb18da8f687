fixture: stats-real
args: -s
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
Tcp:
    26 active connection openings
    2 passive connection openings
    0 failed connection attempts
    2 connection resets received
    0 connections established
    24614 segments received
    9353 segments sent out
    0 segments retransmitted
    0 bad segments received
    6 resets sent
Udp:
    163 packets received
    0 packets to unknown port received
    0 packet receive errors
    164 packets sent
    0 receive buffer errors
    0 send buffer errors
UdpLite:
TcpExt:
    2 packets pruned from receive queue because of socket buffer overrun
    23 TCP sockets finished time wait in fast timer
    1 delayed acks sent
    Quick ack mode was activated 1 times
    437 packet headers predicted
    49 acknowledgments not containing data payload received
    193 predicted acknowledgments
    TCPTimeouts: 2
    TCPBacklogCoalesce: 364
    TCPDSACKOldSent: 1
    1 connections reset due to unexpected data
    2 connections reset due to early user close
    TCPRcvCoalesce: 20205
    TCPOFOQueue: 2
    TCPSpuriousRtxHostQueues: 2
    TCPAutoCorking: 7
    TCPFromZeroWindowAdv: 887
    TCPToZeroWindowAdv: 887
    TCPWantZeroWindowAdv: 552
    TCPOrigDataSent: 433
    TCPDelivered: 458
    TcpTimeoutRehash: 2
IpExt:
    InOctets: 1086093406
    OutOctets: 579297
    InNoECTPkts: 24778
MPTcpExt:
--- stderr
