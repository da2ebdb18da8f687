fixture: stats-zero
args: -sU
status: 0
--- stdout
IcmpMsg:
UdpLite:
IpExt:
MPTcpExt:
--- stderr
