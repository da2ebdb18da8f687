fixture: stats-bad
args: -su6
needs: stats
status: 0
--- stdout
Udp6:
    18446744073709551615 packets received
UdpLite6:
    UdpLite6InDatagrams: 4
Foo:
    Foo: 3
    FooBar: 2
Ab6:
    Ab6Cd6: 1
8:
    8: 1
Udp6:
    12 packet receive errors
    12 packets to unknown port received
    6 packets sent
--- stderr
