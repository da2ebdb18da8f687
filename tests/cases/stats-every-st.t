fixture: stats-every
args: -st
needs: stats
status: 0
--- stdout
IcmpMsg:
    InType0: 1343
    InType3: 1350
    InType8: 1357
    OutType0: 1364
    OutType3: 1371
    OutType8: 1378
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
TcpExt:
    1000 SYN cookies sent
    1007 SYN cookies received
    1014 invalid SYN cookies received
    1021 resets received for embryonic SYN_RECV sockets
    1028 packets pruned from receive queue because of socket buffer overrun
    1035 packets pruned from receive queue
    1042 packets dropped from out-of-order queue because of socket buffer overrun
    1049 ICMP packets dropped because they were out-of-window
    1056 ICMP packets dropped because socket was locked
    ArpFilter: 1063
    1070 TCP sockets finished time wait in fast timer
    1077 time wait sockets recycled by time stamp
    TWKilled: 1084
    1091 active connections rejected because of time stamp
    1098 packets rejected in established connections because of timestamp
    BeyondWindow: 1105
    TSEcrRejected: 1112
    PAWSOldAck: 1119
    PAWSTimewait: 1126
    1133 delayed acks sent
    1140 delayed acks further delayed because of locked socket
    Quick ack mode was activated 1147 times
    1154 times the listen queue of a socket overflowed
    1161 SYNs to LISTEN sockets dropped
    1168 packet headers predicted
    1175 acknowledgments not containing data payload received
    1182 predicted acknowledgments
    1189 times recovered from packet loss due to fast retransmit
    TCPSackRecovery: 1196
    TCPSACKReneging: 1203
    Detected reordering 1210 times using SACK
    Detected reordering 1217 times using reno fast retransmit
    Detected reordering 1224 times using time stamp
    1231 congestion windows fully recovered without slow start
    1238 congestion windows partially recovered using Hoe heuristic
    TCPDSACKUndo: 1245
    1252 congestion windows recovered without slow start after partial ack
    TCPLostRetransmit: 1259
    1266 timeouts after reno fast retransmit
    TCPSackFailures: 1273
    1280 timeouts in loss state
    1287 fast retransmits
    1294 retransmits in slow start
    TCPTimeouts: 1301
    TCPLossProbes: 1308
    TCPLossProbeRecovery: 1315
    TCPRenoRecoveryFail: 1322
    TCPSackRecoveryFail: 1329
    1336 packets collapsed in receive queue due to low socket buffer
    TCPBacklogCoalesce: 1343
    TCPDSACKOldSent: 1350
    TCPDSACKOfoSent: 1357
    TCPDSACKRecv: 1364
    TCPDSACKOfoRecv: 1371
    1378 connections reset due to unexpected data
    1385 connections reset due to early user close
    1392 connections aborted due to memory pressure
    1399 connections aborted due to timeout
    1406 connections aborted after user close in linger timeout
    1413 times unable to send RST due to no memory
    TCP ran low on memory 1420 times
    TCPMemoryPressuresChrono: 1427
    TCPSACKDiscard: 1434
    TCPDSACKIgnoredOld: 1441
    TCPDSACKIgnoredNoUndo: 1448
    TCPSpuriousRTOs: 1455
    TCPMD5NotFound: 1462
    TCPMD5Unexpected: 1469
    TCPMD5Failure: 1476
    TCPSackShifted: 1483
    TCPSackMerged: 1490
    TCPSackShiftFallback: 1497
    TCPBacklogDrop: 1504
    PFMemallocDrop: 1511
    TCPMinTTLDrop: 1518
    TCPDeferAcceptDrop: 1525
    IPReversePathFilter: 1532
    TCPTimeWaitOverflow: 1539
    TCPReqQFullDoCookies: 1546
    TCPReqQFullDrop: 1553
    TCPRetransFail: 1560
    TCPRcvCoalesce: 1567
    TCPOFOQueue: 1574
    TCPOFODrop: 1581
    TCPOFOMerge: 1588
    TCPChallengeACK: 1595
    TCPSYNChallenge: 1602
    TCPFastOpenActive: 1609
    TCPFastOpenActiveFail: 1616
    TCPFastOpenPassive: 1623
    TCPFastOpenPassiveFail: 1630
    TCPFastOpenListenOverflow: 1637
    TCPFastOpenCookieReqd: 1644
    TCPFastOpenBlackhole: 1651
    TCPSpuriousRtxHostQueues: 1658
    BusyPollRxPackets: 1665
    TCPAutoCorking: 1672
    TCPFromZeroWindowAdv: 1679
    TCPToZeroWindowAdv: 1686
    TCPWantZeroWindowAdv: 1693
    TCPSynRetrans: 1700
    TCPOrigDataSent: 1707
    TCPHystartTrainDetect: 1714
    TCPHystartTrainCwnd: 1721
    TCPHystartDelayDetect: 1728
    TCPHystartDelayCwnd: 1735
    TCPACKSkippedSynRecv: 1742
    TCPACKSkippedPAWS: 1749
    TCPACKSkippedSeq: 1756
    TCPACKSkippedFinWait2: 1763
    TCPACKSkippedTimeWait: 1770
    TCPACKSkippedChallenge: 1777
    TCPWinProbe: 1784
    TCPKeepAlive: 1791
    TCPMTUPFail: 1798
    TCPMTUPSuccess: 1805
    TCPDelivered: 1812
    TCPDeliveredCE: 1819
    TCPAckCompressed: 1826
    TCPZeroWindowDrop: 1833
    TCPRcvQDrop: 1840
    TCPWqueueTooBig: 1847
    TCPFastOpenPassiveAltKey: 1854
    TcpTimeoutRehash: 1861
    TcpDuplicateDataRehash: 1868
    TCPDSACKRecvSegs: 1875
    TCPDSACKIgnoredDubious: 1882
    TCPMigrateReqSuccess: 1889
    TCPMigrateReqFailure: 1896
    TCPPLBRehash: 1903
    TCPAORequired: 1910
    TCPAOBad: 1917
    TCPAOKeyNotFound: 1924
    TCPAOGood: 1931
    TCPAODroppedIcmps: 1938
    1945 bytes directly in process context from backlog
    TCPDirectCopyFromPrequeue: 1952
    1959 packets directly queued to recvmsg prequeue
    TCPPrequeueDropped: 1966
    1973 packet headers predicted and directly queued to user
    Detected reordering 1980 times using FACK
    TCPRenoRecoveryFailed: 1987
    1994 times receiver scheduled too late for direct processing
    2001 forward retransmits
    TCPDSackUndo: 2008
    TCPLoss: 2015
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
