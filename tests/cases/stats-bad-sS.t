fixture: stats-bad
args: -sS
needs: stats
status: 0
--- stdout
Foo:
    a: 1
    b: 2
    c: 3
IpExt:
    InOctets: 11
Sctp:
    3 Current Associations
    0 Active Associations
    0 Number of Out of Blue packets
    SctpFoo: 7
    18446744073709551614 Number of messages fragmented
    18446744073709551615 Number of messages reassembled 
--- stderr
