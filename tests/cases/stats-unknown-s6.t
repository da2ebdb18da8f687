fixture: stats-unknown
args: -s6
needs: stats
status: 0
--- stdout
Ip6:
    5 total packets received
    Ip6Mystery: 6
Icmp6:
    ICMP input histogram:
        destination unreachable: 1
        Icmp6Strange: 2
        Icmp6OutRouterAdvertisements: 3
    0 input ICMP message failed
Udp6:
    4 packets received
UdpLite6:
    UdpLite6InDatagrams: 7
Tcp6:
    Tcp6ActiveOpens: 8
Sctp6:
    Sctp6Foo: 9
Tcp:
    1 active connection openings
    Mystery: 8
TcpExt:
    3 TCP sockets finished time wait in fast timer
    TCPTimeouts: 4
TcpX:
    R: 5
--- stderr
