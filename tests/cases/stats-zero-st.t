fixture: stats-zero
args: -st
needs: stats
status: 0
--- stdout
IcmpMsg:
Tcp:
    0 active connection openings
    0 passive connection openings
    0 failed connection attempts
    0 connection resets received
    0 connections established
    0 segments received
    0 segments sent out
    0 segments retransmitted
    0 bad segments received
    0 resets sent
UdpLite:
TcpExt:
    0 packet headers predicted
IpExt:
MPTcpExt:
--- stderr
