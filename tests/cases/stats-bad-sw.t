fixture: stats-bad
args: -sw
needs: stats
status: 0
--- stdout
Ip:
    12 total packets received
    0 incoming packets delivered
    0 requests sent out
    0 forwarded
Icmp:
    18446744073709551611 ICMP messages received
    3 input ICMP message failed
    0 ICMP messages sent
Foo:
    a: 1
    b: 2
    c: 3
IpExt:
    InOctets: 11
--- stderr
