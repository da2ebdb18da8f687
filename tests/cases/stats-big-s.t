fixture: stats-big
args: -s
needs: stats
status: 0
--- stdout
Ip:
    Forwarding: 18446744073709551615
    9223372036854775808 total packets received
    9223372036854775807 with invalid headers
    4294967296 with invalid addresses
    4294967295 forwarded
    10000000000000000000 with unknown protocol
    18446744073709551615 incoming packets discarded
    1 incoming packets delivered
    42 requests sent out
    7 outgoing packets dropped
    18446744073709551615 dropped because of missing route
    18446744073709551614 fragments dropped after timeout
    9223372036854775808 reassemblies required
    9223372036854775807 packets reassembled ok
    4294967296 packet reassemblies failed
    4294967295 outgoing packets fragmented ok
    10000000000000000000 outgoing packets failed fragmentation
    18446744073709551615 fragments created
    OutTransmits: 1
Icmp:
    42 ICMP messages received
    7 input ICMP message failed
    InCsumErrors: 18446744073709551615
    ICMP input histogram:
        destination unreachable: 18446744073709551614
        timeout in transit: 9223372036854775808
        wrong parameters: 9223372036854775807
        source quenches: 4294967296
        redirects: 4294967295
        echo requests: 10000000000000000000
        echo replies: 18446744073709551615
        timestamp request: 1
        timestamp reply: 42
        address mask request: 7
        address mask replies: 18446744073709551615
    18446744073709551614 ICMP messages sent
    9223372036854775808 ICMP messages failed
    OutRateLimitGlobal: 9223372036854775807
    OutRateLimitHost: 4294967296
    ICMP output histogram:
        destination unreachable: 4294967295
        time exceeded: 10000000000000000000
        wrong parameters: 18446744073709551615
        source quench: 1
        redirect: 42
        echo requests: 7
        echo replies: 18446744073709551615
        timestamp requests: 18446744073709551614
        timestamp replies: 9223372036854775808
        address mask requests: 9223372036854775807
        address mask replies: 4294967296
IcmpMsg:
        InType0: 4294967295
        InType3: 10000000000000000000
        InType8: 18446744073709551615
        OutType0: 1
        OutType3: 42
        OutType8: 7
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
Udp:
    4294967296 packets received
    4294967295 packets to unknown port received
    10000000000000000000 packet receive errors
    18446744073709551615 packets sent
    1 receive buffer errors
    42 send buffer errors
    InCsumErrors: 7
    IgnoredMulti: 18446744073709551615
    MemErrors: 18446744073709551614
UdpLite:
    InDatagrams: 9223372036854775808
    NoPorts: 9223372036854775807
    InErrors: 4294967296
    OutDatagrams: 4294967295
    RcvbufErrors: 10000000000000000000
    SndbufErrors: 18446744073709551615
    InCsumErrors: 1
    IgnoredMulti: 42
    MemErrors: 7
TcpExt:
    18446744073709551615 SYN cookies sent
    18446744073709551614 SYN cookies received
    9223372036854775808 invalid SYN cookies received
    9223372036854775807 resets received for embryonic SYN_RECV sockets
    4294967296 packets pruned from receive queue because of socket buffer overrun
    4294967295 packets pruned from receive queue
    10000000000000000000 packets dropped from out-of-order queue because of socket buffer overrun
    18446744073709551615 ICMP packets dropped because they were out-of-window
    1 ICMP packets dropped because socket was locked
    ArpFilter: 42
    7 TCP sockets finished time wait in fast timer
    18446744073709551615 time wait sockets recycled by time stamp
    TWKilled: 18446744073709551614
    9223372036854775808 active connections rejected because of time stamp
    9223372036854775807 packets rejected in established connections because of timestamp
    BeyondWindow: 4294967296
    TSEcrRejected: 4294967295
    PAWSOldAck: 10000000000000000000
    PAWSTimewait: 18446744073709551615
    1 delayed acks sent
    42 delayed acks further delayed because of locked socket
    Quick ack mode was activated 7 times
    18446744073709551615 times the listen queue of a socket overflowed
    18446744073709551614 SYNs to LISTEN sockets dropped
    9223372036854775808 packet headers predicted
    9223372036854775807 acknowledgments not containing data payload received
    4294967296 predicted acknowledgments
    4294967295 times recovered from packet loss due to fast retransmit
    TCPSackRecovery: 10000000000000000000
    TCPSACKReneging: 18446744073709551615
    Detected reordering 1 times using SACK
    Detected reordering 42 times using reno fast retransmit
    Detected reordering 7 times using time stamp
    18446744073709551615 congestion windows fully recovered without slow start
    18446744073709551614 congestion windows partially recovered using Hoe heuristic
    TCPDSACKUndo: 9223372036854775808
    9223372036854775807 congestion windows recovered without slow start after partial ack
    TCPLostRetransmit: 4294967296
    4294967295 timeouts after reno fast retransmit
    TCPSackFailures: 10000000000000000000
    18446744073709551615 timeouts in loss state
    1 fast retransmits
    42 retransmits in slow start
    TCPTimeouts: 7
    TCPLossProbes: 18446744073709551615
    TCPLossProbeRecovery: 18446744073709551614
    TCPRenoRecoveryFail: 9223372036854775808
    TCPSackRecoveryFail: 9223372036854775807
    4294967296 packets collapsed in receive queue due to low socket buffer
    TCPBacklogCoalesce: 4294967295
    TCPDSACKOldSent: 10000000000000000000
    TCPDSACKOfoSent: 18446744073709551615
    TCPDSACKRecv: 1
    TCPDSACKOfoRecv: 42
    7 connections reset due to unexpected data
    18446744073709551615 connections reset due to early user close
    18446744073709551614 connections aborted due to memory pressure
    9223372036854775808 connections aborted due to timeout
    9223372036854775807 connections aborted after user close in linger timeout
    4294967296 times unable to send RST due to no memory
    TCP ran low on memory 4294967295 times
    TCPMemoryPressuresChrono: 10000000000000000000
    TCPSACKDiscard: 18446744073709551615
    TCPDSACKIgnoredOld: 1
    TCPDSACKIgnoredNoUndo: 42
    TCPSpuriousRTOs: 7
    TCPMD5NotFound: 18446744073709551615
    TCPMD5Unexpected: 18446744073709551614
    TCPMD5Failure: 9223372036854775808
    TCPSackShifted: 9223372036854775807
    TCPSackMerged: 4294967296
    TCPSackShiftFallback: 4294967295
    TCPBacklogDrop: 10000000000000000000
    PFMemallocDrop: 18446744073709551615
    TCPMinTTLDrop: 1
    TCPDeferAcceptDrop: 42
    IPReversePathFilter: 7
    TCPTimeWaitOverflow: 18446744073709551615
    TCPReqQFullDoCookies: 18446744073709551614
    TCPReqQFullDrop: 9223372036854775808
    TCPRetransFail: 9223372036854775807
    TCPRcvCoalesce: 4294967296
    TCPOFOQueue: 4294967295
    TCPOFODrop: 10000000000000000000
    TCPOFOMerge: 18446744073709551615
    TCPChallengeACK: 1
    TCPSYNChallenge: 42
    TCPFastOpenActive: 7
    TCPFastOpenActiveFail: 18446744073709551615
    TCPFastOpenPassive: 18446744073709551614
    TCPFastOpenPassiveFail: 9223372036854775808
    TCPFastOpenListenOverflow: 9223372036854775807
    TCPFastOpenCookieReqd: 4294967296
    TCPFastOpenBlackhole: 4294967295
    TCPSpuriousRtxHostQueues: 10000000000000000000
    BusyPollRxPackets: 18446744073709551615
    TCPAutoCorking: 1
    TCPFromZeroWindowAdv: 42
    TCPToZeroWindowAdv: 7
    TCPWantZeroWindowAdv: 18446744073709551615
    TCPSynRetrans: 18446744073709551614
    TCPOrigDataSent: 9223372036854775808
    TCPHystartTrainDetect: 9223372036854775807
    TCPHystartTrainCwnd: 4294967296
    TCPHystartDelayDetect: 4294967295
    TCPHystartDelayCwnd: 10000000000000000000
    TCPACKSkippedSynRecv: 18446744073709551615
    TCPACKSkippedPAWS: 1
    TCPACKSkippedSeq: 42
    TCPACKSkippedFinWait2: 7
    TCPACKSkippedTimeWait: 18446744073709551615
    TCPACKSkippedChallenge: 18446744073709551614
    TCPWinProbe: 9223372036854775808
    TCPKeepAlive: 9223372036854775807
    TCPMTUPFail: 4294967296
    TCPMTUPSuccess: 4294967295
    TCPDelivered: 10000000000000000000
    TCPDeliveredCE: 18446744073709551615
    TCPAckCompressed: 1
    TCPZeroWindowDrop: 42
    TCPRcvQDrop: 7
    TCPWqueueTooBig: 18446744073709551615
    TCPFastOpenPassiveAltKey: 18446744073709551614
    TcpTimeoutRehash: 9223372036854775808
    TcpDuplicateDataRehash: 9223372036854775807
    TCPDSACKRecvSegs: 4294967296
    TCPDSACKIgnoredDubious: 4294967295
    TCPMigrateReqSuccess: 10000000000000000000
    TCPMigrateReqFailure: 18446744073709551615
    TCPPLBRehash: 1
    TCPAORequired: 42
    TCPAOBad: 7
    TCPAOKeyNotFound: 18446744073709551615
    TCPAOGood: 18446744073709551614
    TCPAODroppedIcmps: 9223372036854775808
    9223372036854775807 bytes directly in process context from backlog
    TCPDirectCopyFromPrequeue: 4294967296
    4294967295 packets directly queued to recvmsg prequeue
    TCPPrequeueDropped: 10000000000000000000
    18446744073709551615 packet headers predicted and directly queued to user
    Detected reordering 1 times using FACK
    TCPRenoRecoveryFailed: 42
    7 times receiver scheduled too late for direct processing
    18446744073709551615 forward retransmits
    TCPDSackUndo: 18446744073709551614
    TCPLoss: 9223372036854775808
IpExt:
    InNoRoutes: 9223372036854775807
    InTruncatedPkts: 4294967296
    InMcastPkts: 4294967295
    OutMcastPkts: 10000000000000000000
    InBcastPkts: 18446744073709551615
    OutBcastPkts: 1
    InOctets: 42
    OutOctets: 7
    InMcastOctets: 18446744073709551615
    OutMcastOctets: 18446744073709551614
    InBcastOctets: 9223372036854775808
    OutBcastOctets: 9223372036854775807
    InCsumErrors: 4294967296
    InNoECTPkts: 4294967295
    InECT1Pkts: 10000000000000000000
    InECT0Pkts: 18446744073709551615
    InCEPkts: 1
    ReasmOverlaps: 42
MPTcpExt:
    MPCapableSYNRX: 7
    MPCapableSYNTX: 18446744073709551615
    MPCapableSYNACKRX: 18446744073709551614
    MPCapableACKRX: 9223372036854775808
    MPCapableFallbackACK: 9223372036854775807
    MPCapableFallbackSYNACK: 4294967296
    MPCapableSYNTXDrop: 4294967295
    MPCapableSYNTXDisabled: 10000000000000000000
    MPCapableEndpAttempt: 18446744073709551615
    MPFallbackTokenInit: 1
    MPTCPRetrans: 42
    MPJoinNoTokenFound: 7
    MPJoinSynRx: 18446744073709551615
    MPJoinSynBackupRx: 18446744073709551614
    MPJoinSynAckRx: 9223372036854775808
    MPJoinSynAckBackupRx: 9223372036854775807
    MPJoinSynAckHMacFailure: 4294967296
    MPJoinAckRx: 4294967295
    MPJoinAckHMacFailure: 10000000000000000000
    MPJoinRejected: 18446744073709551615
    MPJoinSynTx: 1
    MPJoinSynTxCreatSkErr: 42
    MPJoinSynTxBindErr: 7
    MPJoinSynTxConnectErr: 18446744073709551615
    DSSNotMatching: 18446744073709551614
    DSSCorruptionFallback: 9223372036854775808
    DSSCorruptionReset: 9223372036854775807
    InfiniteMapTx: 4294967296
    InfiniteMapRx: 4294967295
    DSSNoMatchTCP: 10000000000000000000
    DataCsumErr: 18446744073709551615
    OFOQueueTail: 1
    OFOQueue: 42
    OFOMerge: 7
    NoDSSInWindow: 18446744073709551615
    DuplicateData: 18446744073709551614
    AddAddr: 9223372036854775808
    AddAddrTx: 9223372036854775807
    AddAddrTxDrop: 4294967296
    EchoAdd: 4294967295
    EchoAddTx: 10000000000000000000
    EchoAddTxDrop: 18446744073709551615
    PortAdd: 1
    AddAddrDrop: 42
    MPJoinPortSynRx: 7
    MPJoinPortSynAckRx: 18446744073709551615
    MPJoinPortAckRx: 18446744073709551614
    MismatchPortSynRx: 9223372036854775808
    MismatchPortAckRx: 9223372036854775807
    RmAddr: 4294967296
    RmAddrDrop: 4294967295
    RmAddrTx: 10000000000000000000
    RmAddrTxDrop: 18446744073709551615
    RmSubflow: 1
    MPPrioTx: 42
    MPPrioRx: 7
    MPFailTx: 18446744073709551615
    MPFailRx: 18446744073709551614
    MPFastcloseTx: 9223372036854775808
    MPFastcloseRx: 9223372036854775807
    MPRstTx: 4294967296
    MPRstRx: 4294967295
    SubflowStale: 10000000000000000000
    SubflowRecover: 18446744073709551615
    SndWndShared: 1
    RcvWndShared: 42
    RcvWndConflictUpdate: 7
    RcvWndConflict: 18446744073709551615
    MPCurrEstab: 18446744073709551614
    Blackhole: 9223372036854775808
    MPCapableDataFallback: 9223372036854775807
    MD5SigFallback: 4294967296
    DssFallback: 4294967295
    SimultConnectFallback: 10000000000000000000
    FallbackFailed: 18446744073709551615
    WinProbe: 1
Sctp:
    4294967295 Current Associations
    10000000000000000000 Active Associations
    18446744073709551615 Passive Associations
    1 Number of Aborteds 
    42 Number of Graceful Terminations
    7 Number of Out of Blue packets
    18446744073709551615 Number of Packets with invalid Checksum
    18446744073709551614 Number of control chunks sent
    9223372036854775808 Number of ordered chunks sent
    9223372036854775807 Number of Unordered chunks sent
    4294967296 Number of control chunks received
    4294967295 Number of ordered chunks received
    10000000000000000000 Number of Unordered chunks received
    18446744073709551615 Number of messages fragmented
    1 Number of messages reassembled 
    42 Number of SCTP packets sent
    7 Number of SCTP packets received
    SctpT1InitExpireds: 18446744073709551615
    SctpT1CookieExpireds: 18446744073709551614
    SctpT2ShutdownExpireds: 9223372036854775808
    SctpT3RtxExpireds: 9223372036854775807
    SctpT4RtoExpireds: 4294967296
    SctpT5ShutdownGuardExpireds: 4294967295
    SctpDelaySackExpireds: 10000000000000000000
    SctpAutocloseExpireds: 18446744073709551615
    SctpT3Retransmits: 1
    SctpPmtudRetransmits: 42
    SctpFastRetransmits: 7
    SctpInPktSoftirq: 18446744073709551615
    SctpInPktBacklog: 18446744073709551614
    SctpInPktDiscards: 9223372036854775808
    SctpInDataChunkDiscards: 9223372036854775807
--- stderr
