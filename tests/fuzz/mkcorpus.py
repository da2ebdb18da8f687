#!/usr/bin/env python3
"""tests/fuzz/mkcorpus.py: writes the seed corpora tests/fuzz/corpus/<harness>/
from tests/fixtures and a few hand-made inputs, in each harness's layout
(selector bytes, then files separated by FZ_SEP, see the harnesses).
Run from anywhere; it replaces what is there.  SPDX-License-Identifier: 0BSD"""
import hashlib, os, shutil, struct

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'fixtures')
SEP = b'\n~~~\n'
CAP = 6000          # a seed file is cut to this many bytes of each table

def rd(*p, cap=CAP):
    try:
        with open(os.path.join(FIX, *p), 'rb') as f:
            return f.read()[:cap]
    except (FileNotFoundError, IsADirectoryError, PermissionError, NotADirectoryError):
        return None

corpora = {}
def seed(h, data):
    corpora.setdefault(h, {})[hashlib.sha1(data).hexdigest()[:16]] = data

def parts(files):
    """files: list of bytes or None (None: the part is missing, so are the later ones)"""
    out = []
    for f in files:
        if f is None:
            break
        out.append(f)
    return SEP.join(out)

# 1. sockets: d[0] = table + 11 * filter (13..15: none; 16+: -4 or -6), d[1], d[2] options
TABLES = ['tcp', 'tcp6', 'udp', 'udp6', 'udplite', 'udplite6', 'raw', 'raw6', 'unix',
          'sctp/eps', 'sctp/assocs']
for tree, o1, o2 in [('real', 0x01, 0x01), ('rich', 0x85, 0x00), ('bogus', 0x01, 0x01),
                     ('escapes', 0x21, 0x10), ('oldunix', 0x01, 0x00), ('names', 0x47, 0x00),
                     ('headeronly', 0x01, 0x00), ('sctp', 0x01, 0x00), ('sctp-bogus', 0x05, 0x01),
                     ('sctp-garbage', 0x81, 0x00)]:
    for i, t in enumerate(TABLES):
        d = rd(tree, 'net', *t.split('/'), cap=2500)
        if d is not None:
            seed('sockets', bytes([i + 11 * 13, o1, o2]) + d)
for f, (t, o1, o2) in enumerate([(0, 1, 1), (1, 1, 1), (8, 0x25, 0), (10, 0x25, 0)] * 4):
    d = rd('real' if t < 9 else 'sctp', 'net', *TABLES[t].split('/'))
    seed('sockets', bytes([t + 11 * f, o1, o2]) + d)

# 2. routes: d[0] options, d[1] -A; route, ipv6_route, rt_cache
for tree in ['route-real', 'route-ns', 'route-rich', 'route-v6', 'route-bogus', 'route-hdr-order',
             'route-hdr-extra', 'route-hdr-noirtt', 'route-hdr-cr', 'route-hdr-overflow',
             'route-hdr-twice', 'route-hdr-long', 'route-hdr-word', 'route-emptycache2']:
    files = [rd(tree, 'net', f, cap=3000) for f in ('route', 'ipv6_route', 'rt_cache')]
    files = [f if f is not None else b'' for f in files]
    for o0, o1 in [(0x00, 0x00), (0x01, 0x06), (0x4b, 0x04)]:
        if tree.startswith('route-hdr') and o1:
            continue
        seed('routes', bytes([o0, o1]) + parts(files))

# 3. iface: d[0] -i options, d[1] -g options; dev, if_inet6, igmp, igmp6, ioctl answers
ANSWERS = [
    # flags UP|LOOPBACK|RUNNING, loopback hw, mtu 65536, map, qlen 1000, 127.0.0.1 ...
    bytes([0x01, 0x49, 0x00] + [0] * 21 + [0x01, 0x04, 0x03] + [0] * 21 + [0x00, 0x00, 0x00, 0x01] + [0] * 20
          + [0x00] * 25 + [0x00, 0xe8, 0x03] + [0] * 21 + [0x01, 0x02, 0, 0, 0, 127, 0, 0, 1] + [0] * 15
          + [0xf0] + [0xf1] + [0x01, 0x02, 0, 0, 0, 255, 0, 0, 0] + [0] * 15),
    bytes([0x03, 0x43, 0x10, 1, 0x52, 0x54, 0, 0x12, 0x34, 0x56, 0x05, 0xdc, 0xe8, 0x01] * 4),
    bytes([0xf1]),
]
for tree in ['iface-real', 'iface-ns', 'iface-lo', 'iface-old1', 'iface-old2', 'iface-hdr',
             'iface-bogus', 'iface-emptyname', 'groups-bogus', 'groups-device6', 'groups-names',
             'groups-noheader', 'groups-old']:
    files = [rd(tree, 'net', f, cap=2500) or b'' for f in ('dev', 'if_inet6', 'igmp', 'igmp6')]
    for k, a in [(bytes([0x00, 0x00]), ANSWERS[0]), (bytes([0x03, 0x01]), ANSWERS[1]),
                 (bytes([0x09, 0x02]), ANSWERS[0]), (bytes([0x00, 0x08]), ANSWERS[2])]:
        seed('iface', k + parts(files + [a]))

# 4. stats: d[0] options; snmp, netstat, sctp/snmp, snmp6
for tree in ['stats-real', 'stats-traffic', 'stats-every', 'stats-big', 'stats-unknown',
             'stats-bad', 'stats-overflow', 'stats-noparse', 'stats-noparse6']:
    files = [rd(tree, 'net', *f.split('/'), cap=5500) or b''
             for f in ('snmp', 'netstat', 'sctp/snmp', 'snmp6')]
    for o in ([0x00, 0x20, 0x10] if tree == 'stats-real' else [0x00]):
        seed('stats', bytes([o]) + parts(files))

# 5. etc: 16 selector bytes; services, protocols, passwd, hosts, networks, resolv.conf
etc = [rd('etc', f, cap=4000) or b'' for f in ('services', 'protocols', 'passwd', 'hosts', 'networks')]
resolv = [b'nameserver 127.0.0.1\n',
          b'# c\nnameserver ::1\nnameserver 10.0.0.1\nnameserver fe80::1%eth0\nnameserver 1.2.3.4\n'
          b'options timeout:99 attempts:0\noptions attempts:3\nsearch x\n',
          b'options timeout:0\noptions timeout:\nnameserver 300.1.1.1\n']
for i, r in enumerate(resolv):
    k = bytes([i * 2 + 2, 0, 22, 0xe8, 0x03, ord('r'), 127, 0, 0, 1, 10, 0, 0, 0, 0, 0])
    seed('etc', k + parts(etc + [r]))
seed('etc', bytes(16) + parts([b'ssh 22/tcp\nx 0x16/udp\nhttp\t80/tcp www # c\n', b'ip 0 IP\nicmp 1\n',
                               b'root:x:0:0::/:/bin/sh\nu::1000:1000::/:\n::0:\nbad\n',
                               b'127.0.0.1 localhost\n::ffff:10.0.0.1 mapped\n::1 six\n1.2.3.4\n',
                               b'loop 127\nnet 10.0.0\nhex 0x0a.0x01\noct 012.01\nbad 1.2.3.4.5\n',
                               b'nameserver 1.1.1.1\n']))

# 6. dns: answers as a server sends them
def name(s):
    return b''.join(bytes([len(l)]) + l.encode() for l in s.split('.')) + b'\0'
q = name('1.0.0.127.in-addr.arpa') + b'\0\x0c\0\x01'
ans = b'\xc0\x0c\0\x0c\0\x01\0\0\x0e\x10' + struct.pack('>H', len(name('localhost'))) + name('localhost')
seed('dns', b'\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0' + q + ans)
seed('dns', b'\x12\x34\x81\x80\0\x01\0\x02\0\0\0\0' + q
     + b'\xc0\x0c\0\x05\0\x01\0\0\0\0\0\x02\xc0\x0c' + b'\xc0\x0c\0\x0c\0\x01\0\0\0\0\0\x08\x04host\xc0\x2c')
seed('dns', b'\x12\x34\x81\x83\0\x01\0\0\0\0\0\0' + q)
seed('dns', b'\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0' + q + b'\xc0\x0c\0\x0c\0\x01\0\0\0\0\0\x02\xc0\x28')
seed('dns', b'\x12\x34\x81\x80\0\x01\0\x01\0\0\0\0' + q + b'\xc0\x0c\0\x0c\0\x01\0\0\0\0\0\x06\x03a b\0')
q6 = name('.'.join('1' + '0' * 31) + '.ip6.arpa') + b'\0\x0c\0\x01'
seed('dns', b'\xab\xcd\x81\x80\0\x01\0\x01\0\0\0\0' + q6 + b'\xc0\x0c\0\x0c\0\x01\0\0\0\0\0\x09' + name('ip6-lo'))

# 7. procs: d[0], d[1]; cmdline, fd links, exe
for pid in sorted(os.listdir(os.path.join(FIX, 'procs'))):
    if pid in ('net',):
        continue
    cmd = rd('procs', pid, 'cmdline', cap=700) or b''
    links = []
    fdd = os.path.join(FIX, 'procs', pid, 'fd')
    if os.path.isdir(fdd):
        for fd in sorted(os.listdir(fdd)):
            try:
                links.append(os.readlink(os.path.join(fdd, fd)).encode())
            except OSError:
                pass
    seed('procs', bytes([0x03, 0]) + parts([cmd, b'\n'.join(links), b'/usr/bin/x (deleted)']))
for links in [b'socket:[1000]\nsocket:[0x3e9]\nsocket:[01752]\n[0000]:1003\nsocket:[ 1004]\nsocket:[+1005]\n'
              b'socket:[1006]\nsocket:[1007]\npipe:[1]\n/dev/null\nsocket:[]\nsocket:[-1]\n'
              b'socket:[18446744073709551615]\nsocket:[0x]\nsocket:[1000',
              b'socket:[1000]\nsocket:[1004]\nsocket:[1005]']:
    for o in (0x07, 0x0b, 0x4f, 0x81):
        seed('procs', bytes([o, o % 8]) + parts([b'/usr/sbin/nginx\0-g\0daemon off;\0', links,
                                               b'/usr/sbin/nginx (deleted)']))

# 8. diag: d[0] table, d[1] options; nl_header + inet_diag_msg (+ attributes)
def msg(fam, state, sport, dport, src, dst, ino, uid=0, attrs=b'', typ=20):
    body = struct.pack('=BBBB', fam, state, 0, 0) + struct.pack('>HH', sport, dport) + src.ljust(16, b'\0') \
        + dst.ljust(16, b'\0') + struct.pack('=III', 0, 0, 0) + struct.pack('=IIIII', 0, 1, 2, uid, ino) + attrs
    m = struct.pack('=IHHII', 16 + len(body), typ, 2, 1, 0) + body
    return m + b'\0' * (-len(m) % 4)
lo4, lo6, any_ = b'\x7f\0\0\x01', b'\0' * 15 + b'\x01', b''
v6only = lambda v: struct.pack('=HH', 5, 11) + bytes([v]) + b'\0\0\0'
done = struct.pack('=IHHII', 20, 3, 2, 1, 0) + b'\0\0\0\0'
batch4 = msg(2, 10, 22, 0, any_, any_, 100) + msg(2, 1, 22, 40000, lo4, lo4, 101, 1000) + msg(2, 6, 80, 5, lo4, lo4, 0) + done
batch6 = msg(10, 10, 22, 0, any_, any_, 200, 0, v6only(0)) + msg(10, 10, 80, 0, lo6, any_, 201, 0, v6only(1)) \
    + msg(10, 7, 53, 0, any_, any_, 202, 0, struct.pack('=HH', 8, 1) + b'abcd' + v6only(0)) \
    + msg(10, 1, 22, 1, b'\0' * 10 + b'\xff\xff\x7f\0\0\x01', lo6, 203) + done
for t, o, b in [(0, 0x01, batch4), (0, 0x8f, batch4), (1, 0x41, batch6), (3, 0x61, batch6), (2, 0x21, batch4),
                (6, 0x01, batch4), (7, 0x05, batch6), (1, 0x42, batch6 + batch6)]:
    seed('diag', bytes([t, o]) + b)
seed('diag', bytes([0, 1]) + struct.pack('=IHHIIi', 20, 2, 0, 1, 0, -2))

# 9. filter: operand, NUL, options
for op in [':22', ':0-', ':22,443,5432', ':5-3', ':8080,5000-5353', ':99999', ':ssh,http', ':nosuchservice',
           '@10.0.0.0/24', '@10.0.0.5:53,7000', '@::/0', '@[2001:db8::]/32:53,22', '@[::1', '@localhost',
           '@localhost:https,7100-7200', '@1.2.3.4/33', '@::ffff:127.0.0.1', '@[::ffff:127.0.0.1]/104:1-65535',
           'state=LISTENING,ESTABLISHED', 'state=^ESTABLISHED,^LISTEN,^LISTENING,^CONNECTED', 'state=close',
           'state=unknown', 'state=listening,connecting', 'pid=114,100', 'pid=1,', 'pid=4294967295', 'cmd=nginx',
           'user=0', 'user=2000', 'user=root', 'user=4294967294', 'user=nosuchuser']:
    for o in (0x01, 0x43):
        seed('filter', op.encode() + b'\0' + bytes([o]))

# 10. json
for s in [b'plain', b'quote " back \\ slash', b'\0nul\0\x01\x1f\x7f', 'caf\u00e9 \u20ac \U0001f600'.encode(),
          b'\xc2\x80\xc2\x9f\xc2\xa0', b'\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xf4\x90\x80\x80\xff\xfe',
          b'\xe2\x82', b'\xf0\x9f\x98', b'/run/a.sock\0-g\0daemon off;\0']:
    seed('json', s)

out = os.path.join(HERE, 'corpus')
for h, files in corpora.items():
    d = os.path.join(out, h)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for k, v in files.items():
        with open(os.path.join(d, k), 'wb') as f:
            f.write(v)
    print('%-8s %3d seeds %7d bytes' % (h, len(files), sum(map(len, files.values()))))
