fixture: stats-unknown
args: -su6
needs: stats
status: 0
--- stdout
Udp6:
    4 packets received
UdpLite6:
    UdpLite6InDatagrams: 7
Sctp6:
    Sctp6Foo: 9
TcpX:
    R: 5
--- stderr
