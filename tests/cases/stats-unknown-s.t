fixture: stats-unknown
args: -s
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
Tcp:
    1 active connection openings
    Mystery: 8
Icmp:
    ICMP output histogram:
    0 input ICMP message failed
    Zed: 4
    ICMP output histogram:
        Yak: 6
        ICMP input histogram:
        ICMP output histogram:
        echo requests: 2
TcpExt:
    3 TCP sockets finished time wait in fast timer
    TCPTimeouts: 4
TcpX:
    R: 5
Udp:
    X: 5
    6 packets received
Sctp:
    2 Current Associations
    SctpOther: 3
TcpExt:
    0 packet headers predicted
    Unheard: 9
Ip:
    4 total packets received
IpExt:
    InOctets: 10
    OutOctets: 20
MPTcpExt:
Odd Name:
    a: 1
    b: 2
TcpExt:
    8 TCP sockets finished time wait in fast timer
FooExt:
    Bar: 12
--- stderr
