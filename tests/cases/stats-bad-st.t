fixture: stats-bad
args: -st
needs: stats
status: 0
--- stdout
Tcp:
    1 active connection openings
    PassiveOpens: 2
Foo:
    a: 1
    b: 2
    c: 3
TcpExt:
    4 TCP sockets finished time wait in fast timer
    5 time wait sockets recycled by time stamp
    6 delayed acks sent
IpExt:
    InOctets: 11
--- stderr
