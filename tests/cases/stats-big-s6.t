fixture: stats-big
args: -s6
needs: stats
status: 0
--- stdout
Ip6:
    9223372036854775807 total packets received
    4294967296 with invalid headers
    4294967295 with packets too big
    10000000000000000000 incoming packets with no route
    18446744073709551615 with invalid addresses
    1 with unknown protocol
    42 with truncated packets
    7 incoming packets discarded
    18446744073709551615 incoming packets delivered
    18446744073709551614 forwarded
    9223372036854775808 requests sent out
    9223372036854775807 outgoing packets dropped
    4294967296 dropped because of missing route
    4294967295 fragments dropped after timeout
    10000000000000000000 reassemblies required
    18446744073709551615 packets reassembled ok
    1 packet reassemblies failed
    42 outgoing packets fragmented ok
    7 outgoing packets failed fragmentation
    18446744073709551615 fragments created
    18446744073709551614 incoming multicast packets
    9223372036854775808 outgoing multicast packets
    Ip6InOctets: 9223372036854775807
    Ip6OutOctets: 4294967296
    Ip6InMcastOctets: 4294967295
    Ip6OutMcastOctets: 10000000000000000000
    Ip6InBcastOctets: 18446744073709551615
    Ip6OutBcastOctets: 1
    Ip6InNoECTPkts: 42
    Ip6InECT1Pkts: 7
    Ip6InECT0Pkts: 18446744073709551615
    Ip6InCEPkts: 18446744073709551614
    Ip6OutTransmits: 9223372036854775808
Icmp6:
    9223372036854775807 ICMP messages received
    4294967296 input ICMP message failed
    4294967295 ICMP messages sent
    Icmp6OutErrors: 10000000000000000000
    Icmp6InCsumErrors: 18446744073709551615
    Icmp6OutRateLimitHost: 1
    ICMP input histogram:
        destination unreachable: 42
        packets too big: 7
        received ICMPv6 time exceeded: 18446744073709551615
        parameter problem: 18446744073709551614
        echo requests: 9223372036854775808
        echo replies: 9223372036854775807
        group member queries: 4294967296
        group member responses: 4294967295
        group member reductions: 10000000000000000000
        router solicits: 18446744073709551615
        router advertisement: 1
        neighbour solicits: 42
        neighbour advertisement: 7
        redirects: 18446744073709551615
        Icmp6InMLDv2Reports: 18446744073709551614
        ICMP output histogram:
        destination unreachable: 9223372036854775808
        packets too big: 9223372036854775807
        sent ICMPv6 time exceeded: 4294967296
        parameter problem: 4294967295
        echo requests: 10000000000000000000
        echo replies: 18446744073709551615
        group member queries: 1
        group member responses: 42
        group member reductions: 7
        router solicits: 18446744073709551615
        Icmp6OutRouterAdvertisements: 18446744073709551614
        neighbor solicits: 9223372036854775808
        neighbor advertisements: 9223372036854775807
        redirects: 4294967296
        Icmp6OutMLDv2Reports: 4294967295
        Icmp6InType1: 10000000000000000000
        Icmp6OutType1: 18446744073709551615
        Icmp6OutType135: 1
        Icmp6OutType143: 42
Udp6:
    7 packets received
    18446744073709551615 packets to unknown port received
    18446744073709551614 packet receive errors
    9223372036854775808 packets sent
    Udp6RcvbufErrors: 9223372036854775807
    Udp6SndbufErrors: 4294967296
    Udp6InCsumErrors: 4294967295
    Udp6IgnoredMulti: 10000000000000000000
    Udp6MemErrors: 18446744073709551615
UdpLite6:
    UdpLite6InDatagrams: 1
    UdpLite6NoPorts: 42
    UdpLite6InErrors: 7
    UdpLite6OutDatagrams: 18446744073709551615
    UdpLite6RcvbufErrors: 18446744073709551614
    UdpLite6SndbufErrors: 9223372036854775808
    UdpLite6InCsumErrors: 9223372036854775807
    UdpLite6MemErrors: 4294967296
Tcp:
    4294967296 active connection openings
    4294967295 passive connection openings
    10000000000000000000 failed connection attempts
    18446744073709551615 connection resets received
    1 connections established
    42 segments received
    7 segments sent out
    18446744073709551615 segments retransmitted
    18446744073709551614 bad segments received
    9223372036854775808 resets sent
    InCsumErrors: 9223372036854775807
--- stderr
