#!/usr/bin/env python3
"""Which inet protocols this kernel's sock_diag can dump, asked directly
(not through the netstat under test): prints the names of those it cannot,
of tcp udp udplite raw, one line.  Used by tests/live.sh to know which
tables netstat's netlink source must fall back on.

SPDX-License-Identifier: 0BSD
"""
import socket
import struct

NETLINK_SOCK_DIAG, SOCK_DIAG_BY_FAMILY = 4, 20
NLM_F_REQUEST, NLM_F_DUMP, NLMSG_ERROR, NLMSG_DONE = 1, 0x300, 2, 3


def dumps(proto):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, NETLINK_SOCK_DIAG)
    # nlmsghdr, then inet_diag_req_v2: family, protocol, ext, pad, states, sockid
    req = struct.pack('=BBBxI48x', socket.AF_INET, proto, 0, 0xffe)
    s.send(struct.pack('=IHHII', 16 + len(req), SOCK_DIAG_BY_FAMILY,
                       NLM_F_REQUEST | NLM_F_DUMP, 1, 0) + req)
    while True:
        buf = s.recv(65536)
        off = 0
        while off + 16 <= len(buf):
            ln, typ = struct.unpack_from('=IH', buf, off)
            if typ in (NLMSG_DONE, NLMSG_ERROR):
                err = struct.unpack_from('=i', buf, off + 16)[0] if ln >= 20 else 0
                return err >= 0
            off += (ln + 3) & ~3
        if not buf:
            return False


names = {'tcp': 6, 'udp': 17, 'udplite': 136, 'raw': 255}
print(' '.join(n for n, p in names.items() if not dumps(p)))
