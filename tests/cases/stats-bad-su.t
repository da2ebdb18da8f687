fixture: stats-bad
args: -su
needs: stats
status: 0
--- stdout
Udp:
    3 packets received
    4 packets to unknown port received
Foo:
    a: 1
    b: 2
    c: 3
Udp:
Udp:
    7 packet receive errors
IpExt:
    InOctets: 11
--- stderr
