fixture: stats-unknown
args: -st
needs: stats
status: 0
--- stdout
Foo:
    A: 1
    C: 3
Tcp:
    1 active connection openings
    Mystery: 8
TcpExt:
    3 TCP sockets finished time wait in fast timer
    TCPTimeouts: 4
TcpX:
    R: 5
TcpExt:
    0 packet headers predicted
    Unheard: 9
IpExt:
    InOctets: 10
    OutOctets: 20
MPTcpExt:
Odd Name:
    a: 1
    b: 2
TcpExt:
    8 TCP sockets finished time wait in fast timer
FooExt:
    Bar: 12
--- stderr
