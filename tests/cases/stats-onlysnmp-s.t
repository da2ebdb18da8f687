fixture: stats-onlysnmp
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
--- stderr
