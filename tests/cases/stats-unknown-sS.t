fixture: stats-unknown
args: -sS
needs: stats
status: 0
--- stdout
Foo:
    A: 1
    C: 3
TcpX:
    R: 5
Sctp:
    2 Current Associations
    SctpOther: 3
IpExt:
    InOctets: 10
    OutOctets: 20
MPTcpExt:
Odd Name:
    a: 1
    b: 2
FooExt:
    Bar: 12
--- stderr
