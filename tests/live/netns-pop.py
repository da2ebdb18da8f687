#!/usr/bin/env python3
"""netns-pop: a small, stable socket population for tests/live-netns.sh, made
in the network namespace this process runs in.

    netns-pop.py PORT DIR [COMM]

PORT is the first of 8 TCP/UDP ports it binds (PORT..PORT+7), DIR a directory
it may write (its unix socket files go there), COMM the name it gives
itself with prctl(PR_SET_NAME) (what /proc/PID/comm says; default
"netns-pop").  It brings lo up first (it is down in a new namespace; root
or root of a user namespace may do that; a failure is ignored when it is
up already).  It makes:
  TCP   listeners on 127.0.0.1:PORT, 0.0.0.0:PORT+1, [::]:PORT+2 (v6only),
        [::1]:PORT+3, [::]:PORT+7 (dual stack), and established connections
        127.0.0.1 -> PORT and ::1 -> PORT+3, with unread data in the
        receivers' queues (Recv-Q) and in a listener's backlog (an accepted
        connection not taken)
  UDP   0.0.0.0:PORT+4 bound, [::1]:PORT+5 bound, 127.0.0.1 connected to
        PORT+4 with a datagram left unread in the bound socket
  raw   IPv4 and IPv6, protocol 253 (experimental: nothing on lo sends it)
  unix  a stream listener at DIR/PORT.sock, an abstract one
        "@netns-pop-PORT", a connected stream pair with unread data, a
        bound datagram socket DIR/PORT.dgram, a seqpacket listener
Everything is on loopback and nothing moves once "ready\n" is printed on
stdout: no keepalive, no timers, nothing in flight.  At EOF on stdin it
removes its files and exits.

SPDX-License-Identifier: 0BSD
"""
import ctypes
import fcntl
import os
import socket
import struct
import sys

port = int(sys.argv[1])
where = sys.argv[2]
comm = sys.argv[3] if len(sys.argv) > 3 else "netns-pop"

libc = ctypes.CDLL(None, use_errno=True)
libc.prctl(15, comm.encode()[:15], 0, 0, 0)  # PR_SET_NAME

# lo up: SIOCGIFFLAGS, SIOCSIFFLAGS with IFF_UP
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
fl = struct.unpack("16sh22x", fcntl.ioctl(c, 0x8913, struct.pack("16sh22x", b"lo", 0)))[1]
if not fl & 1:
    fcntl.ioctl(c, 0x8914, struct.pack("16sH22x", b"lo", (fl & 0xffff) | 1))
c.close()

keep = []
A4, A6 = socket.AF_INET, socket.AF_INET6


def sock(fam, typ, proto=0):
    s = socket.socket(fam, typ, proto)
    keep.append(s)
    return s


def listener(fam, addr, p, v6only=None):
    s = sock(fam, socket.SOCK_STREAM)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, v6only)
    s.bind((addr, p))
    s.listen(8)
    return s


def established(fam, addr, lst, data):
    c = sock(fam, socket.SOCK_STREAM)
    c.connect((addr, lst.getsockname()[1]))
    a, _ = lst.accept()
    keep.append(a)
    c.sendall(data)  # left unread: a's Recv-Q
    a.sendall(b"x" * 7)  # left unread: c's Recv-Q
    return c


l0 = listener(A4, "127.0.0.1", port)
listener(A4, "0.0.0.0", port + 1)
listener(A6, "::", port + 2, 1)
l3 = listener(A6, "::1", port + 3)
listener(A6, "::", port + 7, 0)
established(A4, "127.0.0.1", l0, b"y" * 100)
established(A6, "::1", l3, b"z" * 42)
# one more connection to PORT, never accepted: in l0's backlog
q = sock(A4, socket.SOCK_STREAM)
q.connect(("127.0.0.1", port))

u0 = sock(A4, socket.SOCK_DGRAM)
u0.bind(("0.0.0.0", port + 4))
sock(A6, socket.SOCK_DGRAM).bind(("::1", port + 5))
u2 = sock(A4, socket.SOCK_DGRAM)
u2.connect(("127.0.0.1", port + 4))
u2.send(b"d" * 33)  # left unread in u0

for fam in (A4, A6):
    try:
        sock(fam, socket.SOCK_RAW, 253)
    except OSError as e:
        print("netns-pop: warning: raw:", e, file=sys.stderr)

paths = [os.path.join(where, "%d.sock" % port), os.path.join(where, "%d.dgram" % port)]
for p in paths:
    try:
        os.unlink(p)
    except FileNotFoundError:
        pass
x = sock(socket.AF_UNIX, socket.SOCK_STREAM)
x.bind(paths[0])
x.listen(4)
x = sock(socket.AF_UNIX, socket.SOCK_STREAM)
x.bind("\0netns-pop-%d" % port)
x.listen(4)
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
keep += [a, b]
a.sendall(b"p" * 5)
sock(socket.AF_UNIX, socket.SOCK_DGRAM).bind(paths[1])
x = sock(socket.AF_UNIX, socket.SOCK_SEQPACKET)
x.bind("\0netns-pop-seq-%d" % port)
x.listen(2)

sys.stdout.write("ready\n")
sys.stdout.flush()
try:
    while sys.stdin.buffer.read(4096):
        pass
finally:
    for p in paths:
        try:
            os.unlink(p)
        except OSError:
            pass
