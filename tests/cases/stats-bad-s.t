fixture: stats-bad
args: -s
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
Tcp:
    1 active connection openings
    PassiveOpens: 2
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
TcpExt:
    4 TCP sockets finished time wait in fast timer
    5 time wait sockets recycled by time stamp
    6 delayed acks sent
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
