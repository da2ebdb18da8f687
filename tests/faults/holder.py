#!/usr/bin/env python3
# holder.py BASE DIR: opens sockets on ports BASE.. of 127.0.0.1 / ::1 (TCP
# listeners v4 and v6, UDP v4 and v6, a unix listener at
# DIR/faults-BASE.sock, an established TCP pair with queued data), prints
# "ready" and sleeps until killed.  For tests/faults.sh.
# SPDX-License-Identifier: 0BSD
import os, socket, sys, time

base = int(sys.argv[1])
keep = []

def sock(fam, typ, addr):
    s = socket.socket(fam, typ)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(addr)
    keep.append(s)
    return s

sock(socket.AF_INET, socket.SOCK_STREAM, ('127.0.0.1', base)).listen(8)
sock(socket.AF_INET6, socket.SOCK_STREAM, ('::1', base + 1)).listen(8)
sock(socket.AF_INET, socket.SOCK_DGRAM, ('127.0.0.1', base + 2))
sock(socket.AF_INET6, socket.SOCK_DGRAM, ('::1', base + 3))
path = '%s/faults-%d.sock' % (sys.argv[2], base)
if os.path.exists(path):
    os.unlink(path)
sock(socket.AF_UNIX, socket.SOCK_STREAM, path).listen(8)
lst = sock(socket.AF_INET, socket.SOCK_STREAM, ('127.0.0.1', base + 4))
lst.listen(8)
c = socket.create_connection(('127.0.0.1', base + 4))
a, _ = lst.accept()
c.sendall(b'x' * 100)       # Recv-Q 100 on the accepted end
keep += [c, a]
print('ready', flush=True)
while True:
    time.sleep(3600)
