fixture: stats-unknown
args: -st6
needs: stats
status: 0
--- stdout
UdpLite6:
    UdpLite6InDatagrams: 7
Tcp6:
    Tcp6ActiveOpens: 8
Sctp6:
    Sctp6Foo: 9
Tcp:
    1 active connection openings
    Mystery: 8
TcpExt:
    3 TCP sockets finished time wait in fast timer
    TCPTimeouts: 4
TcpX:
    R: 5
--- stderr
