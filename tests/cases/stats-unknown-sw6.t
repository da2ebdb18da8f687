fixture: stats-unknown
args: -sw6
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
UdpLite6:
    UdpLite6InDatagrams: 7
Sctp6:
    Sctp6Foo: 9
TcpX:
    R: 5
--- stderr
