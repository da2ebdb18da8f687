fixture: stats-bad
args: -s6
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
Tcp6:
    Tcp6ActiveOpens: 5
Udp6:
    18446744073709551615 packets received
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
Udp6:
    12 packet receive errors
    12 packets to unknown port received
    6 packets sent
Tcp:
    1 active connection openings
    PassiveOpens: 2
--- stderr
