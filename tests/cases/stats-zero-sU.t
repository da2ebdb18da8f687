fixture: stats-zero
args: -sU
needs: stats
status: 0
--- stdout
IcmpMsg:
UdpLite:
IpExt:
MPTcpExt:
--- stderr
