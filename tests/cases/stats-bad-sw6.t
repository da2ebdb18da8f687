fixture: stats-bad
args: -sw6
needs: stats
status: 0
--- stdout
Ip6:
    5 total packets received
    7 incoming packets delivered
    7 incoming packets delivered
    9 requests sent out
    9 forwarded
    XIp6Foo: 4
Icmp6:
    3 ICMP messages received
    ICMP input histogram:
        destination unreachable: 1
Ip6:
    2 incoming packets discarded
Icmp6:
    ICMP output histogram:
        destination unreachable: 1
UdpLite6:
    UdpLite6InDatagrams: 4
Foo:
    Foo: 3
    FooBar: 2
Ab6:
    Ab6Cd6: 1
Ip6:
    1 total packets received
    1 total packets received
8:
    8: 1
--- stderr
