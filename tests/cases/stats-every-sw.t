fixture: stats-every
args: -sw
needs: stats
status: 0
--- stdout
Ip:
    Forwarding: 1000
    1014 total packets received
    1021 with invalid headers
    1028 with invalid addresses
    1035 forwarded
    1042 with unknown protocol
    1049 incoming packets discarded
    1056 incoming packets delivered
    1063 requests sent out
    1070 outgoing packets dropped
    1077 dropped because of missing route
    1084 fragments dropped after timeout
    1091 reassemblies required
    1098 packets reassembled ok
    1105 packet reassemblies failed
    1112 outgoing packets fragmented ok
    1119 outgoing packets failed fragmentation
    1126 fragments created
    OutTransmits: 1133
Icmp:
    1140 ICMP messages received
    1147 input ICMP message failed
    InCsumErrors: 1154
    ICMP input histogram:
        destination unreachable: 1161
        timeout in transit: 1168
        wrong parameters: 1175
        source quenches: 1182
        redirects: 1189
        echo requests: 1196
        echo replies: 1203
        timestamp request: 1210
        timestamp reply: 1217
        address mask request: 1224
        address mask replies: 1231
    1238 ICMP messages sent
    1245 ICMP messages failed
    OutRateLimitGlobal: 1252
    OutRateLimitHost: 1259
    ICMP output histogram:
        destination unreachable: 1266
        time exceeded: 1273
        wrong parameters: 1280
        source quench: 1287
        redirect: 1294
        echo requests: 1301
        echo replies: 1308
        timestamp requests: 1315
        timestamp replies: 1322
        address mask requests: 1329
        address mask replies: 1336
IcmpMsg:
        InType0: 1343
        InType3: 1350
        InType8: 1357
        OutType0: 1364
        OutType3: 1371
        OutType8: 1378
UdpLite:
    InDatagrams: 1553
    NoPorts: 1560
    InErrors: 1567
    OutDatagrams: 1574
    RcvbufErrors: 1581
    SndbufErrors: 1588
    InCsumErrors: 1595
    IgnoredMulti: 1602
    MemErrors: 1609
IpExt:
    InNoRoutes: 2022
    InTruncatedPkts: 2029
    InMcastPkts: 2036
    OutMcastPkts: 2043
    InBcastPkts: 2050
    OutBcastPkts: 2057
    InOctets: 2064
    OutOctets: 2071
    InMcastOctets: 2078
    OutMcastOctets: 2085
    InBcastOctets: 2092
    OutBcastOctets: 2099
    InCsumErrors: 2106
    InNoECTPkts: 2113
    InECT1Pkts: 2120
    InECT0Pkts: 2127
    InCEPkts: 2134
    ReasmOverlaps: 2141
MPTcpExt:
    MPCapableSYNRX: 2148
    MPCapableSYNTX: 2155
    MPCapableSYNACKRX: 2162
    MPCapableACKRX: 2169
    MPCapableFallbackACK: 2176
    MPCapableFallbackSYNACK: 2183
    MPCapableSYNTXDrop: 2190
    MPCapableSYNTXDisabled: 2197
    MPCapableEndpAttempt: 2204
    MPFallbackTokenInit: 2211
    MPTCPRetrans: 2218
    MPJoinNoTokenFound: 2225
    MPJoinSynRx: 2232
    MPJoinSynBackupRx: 2239
    MPJoinSynAckRx: 2246
    MPJoinSynAckBackupRx: 2253
    MPJoinSynAckHMacFailure: 2260
    MPJoinAckRx: 2267
    MPJoinAckHMacFailure: 2274
    MPJoinRejected: 2281
    MPJoinSynTx: 2288
    MPJoinSynTxCreatSkErr: 2295
    MPJoinSynTxBindErr: 2302
    MPJoinSynTxConnectErr: 2309
    DSSNotMatching: 2316
    DSSCorruptionFallback: 2323
    DSSCorruptionReset: 2330
    InfiniteMapTx: 2337
    InfiniteMapRx: 2344
    DSSNoMatchTCP: 2351
    DataCsumErr: 2358
    OFOQueueTail: 2365
    OFOQueue: 2372
    OFOMerge: 2379
    NoDSSInWindow: 2386
    DuplicateData: 2393
    AddAddr: 2400
    AddAddrTx: 2407
    AddAddrTxDrop: 2414
    EchoAdd: 2421
    EchoAddTx: 2428
    EchoAddTxDrop: 2435
    PortAdd: 2442
    AddAddrDrop: 2449
    MPJoinPortSynRx: 2456
    MPJoinPortSynAckRx: 2463
    MPJoinPortAckRx: 2470
    MismatchPortSynRx: 2477
    MismatchPortAckRx: 2484
    RmAddr: 2491
    RmAddrDrop: 2498
    RmAddrTx: 2505
    RmAddrTxDrop: 2512
    RmSubflow: 2519
    MPPrioTx: 2526
    MPPrioRx: 2533
    MPFailTx: 2540
    MPFailRx: 2547
    MPFastcloseTx: 2554
    MPFastcloseRx: 2561
    MPRstTx: 2568
    MPRstRx: 2575
    SubflowStale: 2582
    SubflowRecover: 2589
    SndWndShared: 2596
    RcvWndShared: 2603
    RcvWndConflictUpdate: 2610
    RcvWndConflict: 2617
    MPCurrEstab: 2624
    Blackhole: 2631
    MPCapableDataFallback: 2638
    MD5SigFallback: 2645
    DssFallback: 2652
    SimultConnectFallback: 2659
    FallbackFailed: 2666
    WinProbe: 2673
--- stderr
