fixture: stats-noperm
args: -st
needs: stats
user: 65534
status: 0
--- stdout
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
UdpLite:
--- stderr
