#!/usr/bin/env python3
"""Builds the packed counter table of netstat -s (applet/netstat.c, region
"stats") from the readable SPEC below, and prints the C function
st_packed() that stands at the end of netstat.c; make check verifies that
the committed copy is what this script prints.

    python3 applet/stats-table.py          # LZ-packed (what is committed)
    python3 applet/stats-table.py --plain  # the same table, not packed

The sentences are net-tools 2.10's output text, byte for byte; the SPEC's
layout, the table format and the packing are ours.

Table text, as the C code reads it after unpacking: per group (Ip, Icmp,
Tcp, Udp, Sctp, TcpExt, in that order) a run of entries, each
"<type>Key sentence"; type = kind << 2 | 1 (in the IPv4 section) | 2 (in
the IPv6 section, as "Ip6Key", "Icmp6Key", "Udp6Key"); a type byte with
neither bit ends a group.  Kinds: 0 always printed, 1 printed unless 0,
2 / 3 ICMP input / output histogram line, 4 known but never printed.
In sentences '%' is where the number goes.

Packing (LZ77): a byte below 0x80 stands for itself; a byte 1LLLOOOO and
a byte OOOOOOOO copy L + 3 bytes from O + 1 bytes back, and when L is 7, a
third byte adds to the length.

SPEC: one entry a line: kind (n: always, o: unless 0, i / u: histogram
in / out, -: never printed), where (4, 6 or * for both), the key, the
sentence as net-tools 2.10 prints it with '%' for the number; a trailing
'_' stands for a blank.  A line with one word starts a group.  Counters
that net-tools has a sentence for but never finds, because its bsearch()
runs over tables that are not sorted, are left out: net-tools prints them
as unknown counters ("Name: value"), and so do we.  They are Ip
Forwarding and TcpExt TCPDirectCopyFromPrequeue, TCPDSACKOfoRecv,
TCPDSACKOfoSent, TCPDSACKOldSent, TCPDSACKRecv, TCPDSackUndo,
TCPDSACKUndo, TCPLoss, TCPPrequeueDropped, TCPRenoRecoveryFailed,
TCPRenoRecoveryFail, TCPSackFailures, TCPSackRecoveryFail,
TCPSackRecovery, TCPSACKReneging, TCPTimeouts, TWKilled; net-tools'
"Icmp6OutRouterAdvertisements " (with a blank) can never match either.
"""
import sys

SPEC = '''
Ip
-4  DefaultTTL
n4  ForwDatagrams              % forwarded
o*  FragCreates                % fragments created
o*  FragFails                  % outgoing packets failed fragmentation
o*  FragOKs                    % outgoing packets fragmented ok
o*  InAddrErrors               % with invalid addresses
n*  InDelivers                 % incoming packets delivered
n*  InDiscards                 % incoming packets discarded
o*  InHdrErrors                % with invalid headers
n*  InReceives                 % total packets received
o*  InUnknownProtos            % with unknown protocol
o*  OutDiscards                % outgoing packets dropped
o*  OutNoRoutes                % dropped because of missing route
n*  OutRequests                % requests sent out
o*  ReasmFails                 % packet reassemblies failed
o*  ReasmOKs                   % packets reassembled ok
o*  ReasmReqds                 % reassemblies required
o*  ReasmTimeout               % fragments dropped after timeout
o6  InMcastPkts                % incoming multicast packets
o6  InNoRoutes                 % incoming packets with no route
o6  InTooBigErrors             % with packets too big
o6  InTruncatedPkts            % with truncated packets
n6  OutForwDatagrams           % forwarded
o6  OutMcastPkts               % outgoing multicast packets
Icmp
i4  InAddrMaskReps             address mask replies: %
i4  InAddrMasks                address mask request: %
i*  InDestUnreachs             destination unreachable: %
i4  InEchoReps                 echo replies: %
i*  InEchos                    echo requests: %
n*  InErrors                   % input ICMP message failed
n*  InMsgs                     % ICMP messages received
i4  InParmProbs                wrong parameters: %
i*  InRedirects                redirects: %
i4  InSrcQuenchs               source quenches: %
i4  InTimeExcds                timeout in transit: %
i4  InTimestampReps            timestamp reply: %
i4  InTimestamps               timestamp request: %
u4  OutAddrMaskReps            address mask replies: %
u4  OutAddrMasks               address mask requests: %
u*  OutDestUnreachs            destination unreachable: %
u4  OutEchoReps                echo replies: %
u*  OutEchos                   echo requests: %
n4  OutErrors                  % ICMP messages failed
n*  OutMsgs                    % ICMP messages sent
u4  OutParmProbs               wrong parameters: %
u4  OutRedirects               redirect: %
u4  OutSrcQuenchs              source quench: %
u4  OutTimeExcds               time exceeded: %
u4  OutTimestampReps           timestamp replies: %
u4  OutTimestamps              timestamp requests: %
i6  InEchoReplies              echo replies: %
i6  InGroupMembQueries         group member queries: %
i6  InGroupMembReductions      group member reductions: %
i6  InGroupMembResponses       group member responses: %
i6  InNeighborAdvertisements   neighbour advertisement: %
i6  InNeighborSolicits         neighbour solicits: %
i6  InParmProblems             parameter problem: %
i6  InPktTooBigs               packets too big: %
i6  InRouterAdvertisements     router advertisement: %
i6  InRouterSolicits           router solicits: %
i6  InTimeExcds                received ICMPv6 time exceeded: %
u6  OutEchoReplies             echo replies: %
u6  OutGroupMembQueries        group member queries: %
u6  OutGroupMembReductions     group member reductions: %
u6  OutGroupMembResponses      group member responses: %
u6  OutNeighborAdvertisements  neighbor advertisements: %
u6  OutNeighborSolicits        neighbor solicits: %
u6  OutParmProblems            parameter problem: %
u6  OutPktTooBigs              packets too big: %
u6  OutRedirects               redirects: %
u6  OutRouterSolicits          router solicits: %
u6  OutTimeExcds               sent ICMPv6 time exceeded: %
Tcp
n4  ActiveOpens                % active connection openings
n4  AttemptFails               % failed connection attempts
n4  CurrEstab                  % connections established
n4  EstabResets                % connection resets received
n4  InErrs                     % bad segments received
n4  InSegs                     % segments received
-4  MaxConn
n4  OutRsts                    % resets sent
n4  OutSegs                    % segments sent out
n4  PassiveOpens               % passive connection openings
n4  RetransSegs                % segments retransmitted
-4  RtoAlgorithm
-4  RtoMax
-4  RtoMin
Udp
n*  InDatagrams                % packets received
n*  InErrors                   % packet receive errors
n*  NoPorts                    % packets to unknown port received
n*  OutDatagrams               % packets sent
n4  RcvbufErrors               % receive buffer errors
n4  SndbufErrors               % send buffer errors
Sctp
n4  SctpAborteds               % Number of Aborteds_
n4  SctpActiveEstabs           % Active Associations
n4  SctpChecksumErrors         % Number of Packets with invalid Checksum
n4  SctpCurrEstab              % Current Associations
n4  SctpFragUsrMsgs            % Number of messages fragmented
n4  SctpInCtrlChunks           % Number of control chunks received
n4  SctpInOrderChunks          % Number of ordered chunks received
n4  SctpInSCTPPacks            % Number of SCTP packets received
n4  SctpInUnorderChunks        % Number of Unordered chunks received
n4  SctpOutCtrlChunks          % Number of control chunks sent
n4  SctpOutOfBlues             % Number of Out of Blue packets
n4  SctpOutOrderChunks         % Number of ordered chunks sent
n4  SctpOutSCTPPacks           % Number of SCTP packets sent
n4  SctpOutUnorderChunks       % Number of Unordered chunks sent
n4  SctpPassiveEstabs          % Passive Associations
n4  SctpReasmUsrMsgs           % Number of messages reassembled_
n4  SctpShutdowns              % Number of Graceful Terminations
TcpExt
o4  DelayedACKLocked           % delayed acks further delayed because of locked socket
o4  DelayedACKLost             Quick ack mode was activated % times
o4  DelayedACKs                % delayed acks sent
o4  EmbryonicRsts              % resets received for embryonic SYN_RECV sockets
o4  ListenDrops                % SYNs to LISTEN sockets dropped
o4  ListenOverflows            % times the listen queue of a socket overflowed
o4  LockDroppedIcmps           % ICMP packets dropped because socket was locked
o4  OfoPruned                  % packets dropped from out-of-order queue because of socket buffer overrun
o4  OutOfWindowIcmps           % ICMP packets dropped because they were out-of-window
o4  PAWSActive                 % active connections rejected because of time stamp
o4  PAWSEstab                  % packets rejected in established connections because of timestamp
o4  PAWSPassive                % passive connections rejected because of time stamp
o4  PruneCalled                % packets pruned from receive queue because of socket buffer overrun
o4  RcvPruned                  % packets pruned from receive queue
o4  SockMallocOOM              Ran % times out of system memory during packet sending
o4  SyncookiesFailed           % invalid SYN cookies received
o4  SyncookiesRecv             % SYN cookies received
o4  SyncookiesSent             % SYN cookies sent
o4  TCPAbortFailed             % times unable to send RST due to no memory
o4  TCPAbortOnClose            % connections reset due to early user close
o4  TCPAbortOnData             % connections reset due to unexpected data
o4  TCPAbortOnLinger           % connections aborted after user close in linger timeout
o4  TCPAbortOnMemory           % connections aborted due to memory pressure
o4  TCPAbortOnSyn              % connections reset due to unexpected SYN
o4  TCPAbortOnTimeout          % connections aborted due to timeout
o4  TCPDirectCopyFromBacklog   % bytes directly in process context from backlog
o4  TCPFACKReorder             Detected reordering % times using FACK
o4  TCPFastRetrans             % fast retransmits
o4  TCPForwardRetrans          % forward retransmits
o4  TCPFullUndo                % congestion windows fully recovered without slow start
o4  TCPHPAcks                  % predicted acknowledgments
n4  TCPHPHits                  % packet headers predicted
o4  TCPHPHitsToUser            % packet headers predicted and directly queued to user
o4  TCPLossFailures            % timeouts in loss state
o4  TCPLossUndo                % congestion windows recovered without slow start after partial ack
o4  TCPLostRetransmits         % retransmits lost
o4  TCPMemoryPressures         TCP ran low on memory % times
o4  TCPPartialUndo             % congestion windows partially recovered using Hoe heuristic
o4  TCPPrequeued               % packets directly queued to recvmsg prequeue
o4  TCPPureAcks                % acknowledgments not containing data payload received
o4  TCPRcvCollapsed            % packets collapsed in receive queue due to low socket buffer
o4  TCPRenoFailures            % timeouts after reno fast retransmit
o4  TCPRenoRecovery            % times recovered from packet loss due to fast retransmit
o4  TCPRenoReorder             Detected reordering % times using reno fast retransmit
o4  TCPSACKReorder             Detected reordering % times using SACK
o4  TCPSchedulerFailed         % times receiver scheduled too late for direct processing
o4  TCPSlowStartRetrans        % retransmits in slow start
o4  TCPTSReorder               Detected reordering % times using time stamp
o4  TW                         % TCP sockets finished time wait in fast timer
o4  TWRecycled                 % time wait sockets recycled by time stamp
'''

KINDS = 'noiu-'
WHERE = {'4': 1, '6': 2, '*': 3}


def text():
    out, first = bytearray(), True
    for line in SPEC.strip('\n').split('\n'):
        f = line.split(None, 2)
        if len(f) == 1:
            if not first:
                out.append(4)
            first = False
            continue
        kind, where = KINDS.index(f[0][0]), WHERE[f[0][1]]
        key, sent = f[1], (f[2] if len(f) > 2 else '')
        if sent.endswith('_'):
            sent = sent[:-1] + ' '
        assert kind == 4 or sent, line
        out.append(kind << 2 | where)
        out += (key + (' ' + sent if sent else '')).encode()
    return bytes(out)


def pack(data, window=4096):
    """optimal parse: a literal costs 1 byte, a copy of 3..9 bytes 2, a
    longer one (up to 265) 3"""
    n = len(data)
    cost, pick = [0] * (n + 1), [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        cost[i], pick[i] = cost[i + 1] + 1, None
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < n and k < 265 and data[j + k] == data[i + k]:
                k += 1
            for L in range(3, k + 1):
                c = (2 if L < 10 else 3) + cost[i + L]
                if c < cost[i]:
                    cost[i], pick[i] = c, (i - j, L)
    out, i = bytearray(), 0
    while i < n:
        if pick[i]:
            off, L = pick[i]
            out += bytes([0x80 | min(L - 3, 7) << 4 | (off - 1) >> 8, (off - 1) & 255])
            if L >= 10:
                out.append(L - 10)
            i += L
        else:
            out.append(data[i])
            i += 1
    return bytes(out)


def unpack(p):
    d, i = bytearray(), 0
    while i < len(p):
        if p[i] < 0x80:
            d.append(p[i])
            i += 1
            continue
        L, off = (p[i] >> 4 & 7) + 3, ((p[i] & 15) << 8 | p[i + 1]) + 1
        i += 2
        if L == 10:
            L += p[i]
            i += 1
        for _ in range(L):
            d.append(d[-off])
    return bytes(d)


def c_string(b, indent='\t'):
    lines, cur = [], ''
    for c in b:
        ch = chr(c)
        if 32 <= c < 127 and ch not in '"\\?':
            s = ch
        elif ch in '"\\?':
            s = '\\' + ch
        else:
            s = '\\%03o' % c
        if len(cur) + len(s) > 66:
            lines.append(cur)
            cur = ''
        cur += s
    lines.append(cur)
    return '\n'.join(indent + '"' + l + '"' for l in lines)


def main():
    t = text()
    p = t if '--plain' in sys.argv else pack(t)
    assert unpack(p) == t and 0 not in t
    print('/* generated by applet/stats-table.py from its SPEC: %d bytes, %d unpacked;' % (len(p), len(t)))
    print(' * make check compares this block with what the script prints */')
    print('static const unsigned char *st_packed(void)\n{')
    print('\tstatic const unsigned char lz[] =\n' + c_string(p, '\t\t') + ';')
    print('')
    print('\t_Static_assert(%d < sizeof(st_text), "st_text holds the unpacked table");' % len(t))
    print('\treturn lz;\n}')

if __name__ == '__main__':
    main()
