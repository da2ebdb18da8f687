fixture: stats-every
args: -s6
needs: stats
status: 0
--- stdout
Ip6:
    2000 total packets received
    2003 with invalid headers
    2006 with packets too big
    2009 incoming packets with no route
    2012 with invalid addresses
    2015 with unknown protocol
    2018 with truncated packets
    2021 incoming packets discarded
    2024 incoming packets delivered
    2027 forwarded
    2030 requests sent out
    2033 outgoing packets dropped
    2036 dropped because of missing route
    2039 fragments dropped after timeout
    2042 reassemblies required
    2045 packets reassembled ok
    2048 packet reassemblies failed
    2051 outgoing packets fragmented ok
    2054 outgoing packets failed fragmentation
    2057 fragments created
    2060 incoming multicast packets
    2063 outgoing multicast packets
    Ip6InOctets: 2066
    Ip6OutOctets: 2069
    Ip6InMcastOctets: 2072
    Ip6OutMcastOctets: 2075
    Ip6InBcastOctets: 2078
    Ip6OutBcastOctets: 2081
    Ip6InNoECTPkts: 2084
    Ip6InECT1Pkts: 2087
    Ip6InECT0Pkts: 2090
    Ip6InCEPkts: 2093
    Ip6OutTransmits: 2096
Icmp6:
    2099 ICMP messages received
    2102 input ICMP message failed
    2105 ICMP messages sent
    Icmp6OutErrors: 2108
    Icmp6InCsumErrors: 2111
    Icmp6OutRateLimitHost: 2114
    ICMP input histogram:
        destination unreachable: 2117
        packets too big: 2120
        received ICMPv6 time exceeded: 2123
        parameter problem: 2126
        echo requests: 2129
        echo replies: 2132
        group member queries: 2135
        group member responses: 2138
        group member reductions: 2141
        router solicits: 2144
        router advertisement: 2147
        neighbour solicits: 2150
        neighbour advertisement: 2153
        redirects: 2156
        Icmp6InMLDv2Reports: 2159
        ICMP output histogram:
        destination unreachable: 2162
        packets too big: 2165
        sent ICMPv6 time exceeded: 2168
        parameter problem: 2171
        echo requests: 2174
        echo replies: 2177
        group member queries: 2180
        group member responses: 2183
        group member reductions: 2186
        router solicits: 2189
        Icmp6OutRouterAdvertisements: 2192
        neighbor solicits: 2195
        neighbor advertisements: 2198
        redirects: 2201
        Icmp6OutMLDv2Reports: 2204
        Icmp6InType1: 2207
        Icmp6OutType1: 2210
        Icmp6OutType135: 2213
        Icmp6OutType143: 2216
Udp6:
    2219 packets received
    2222 packets to unknown port received
    2225 packet receive errors
    2228 packets sent
    Udp6RcvbufErrors: 2231
    Udp6SndbufErrors: 2234
    Udp6InCsumErrors: 2237
    Udp6IgnoredMulti: 2240
    Udp6MemErrors: 2243
UdpLite6:
    UdpLite6InDatagrams: 2246
    UdpLite6NoPorts: 2249
    UdpLite6InErrors: 2252
    UdpLite6OutDatagrams: 2255
    UdpLite6RcvbufErrors: 2258
    UdpLite6SndbufErrors: 2261
    UdpLite6InCsumErrors: 2264
    UdpLite6MemErrors: 2267
Tcp:
    1413 active connection openings
    1420 passive connection openings
    1427 failed connection attempts
    1434 connection resets received
    1441 connections established
    1448 segments received
    1455 segments sent out
    1462 segments retransmitted
    1469 bad segments received
    1476 resets sent
    InCsumErrors: 1483
--- stderr
