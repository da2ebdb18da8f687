fixture: stats-bad
args: -st6
needs: stats
status: 0
--- stdout
Tcp6:
    Tcp6ActiveOpens: 5
UdpLite6:
    UdpLite6InDatagrams: 4
Foo:
    Foo: 3
    FooBar: 2
Ab6:
    Ab6Cd6: 1
8:
    8: 1
Tcp:
    1 active connection openings
    PassiveOpens: 2
--- stderr
