fixture: stats-unknown
args: -sw
needs: stats
status: 0
--- stdout
Ip:
    Forwarding: 1
    5 total packets received
    Bogus1: 3
Icmp:
    3 ICMP messages received
    ICMP input histogram:
        destination unreachable: 2
        Weird: 7
        ICMP output histogram:
    4 ICMP messages sent
    ICMP input histogram:
        echo requests: 1
        Weird2: 9
Foo:
        A: 1
        C: 3
Icmp:
    ICMP output histogram:
    0 input ICMP message failed
    Zed: 4
    ICMP output histogram:
        Yak: 6
        ICMP input histogram:
        ICMP output histogram:
        echo requests: 2
TcpX:
    R: 5
Ip:
    4 total packets received
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
