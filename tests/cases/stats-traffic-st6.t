fixture: stats-traffic
args: -st6
needs: stats
status: 0
--- stdout
UdpLite6:
    UdpLite6InDatagrams: 3
    UdpLite6NoPorts: 3
    UdpLite6OutDatagrams: 6
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
--- stderr
