fixture: stats-every
args: -sU6
needs: stats
status: 0
--- stdout
UdpLite6:
    UdpLite6InDatagrams: 2246
    UdpLite6NoPorts: 2249
    UdpLite6InErrors: 2252
    UdpLite6OutDatagrams: 2255
    UdpLite6RcvbufErrors: 2258
    UdpLite6SndbufErrors: 2261
    UdpLite6InCsumErrors: 2264
    UdpLite6MemErrors: 2267
--- stderr
