#!/usr/bin/env python3
"""Expectations of tests/live-find.sh: netstat's filter operands, --dual-stack,
--exe and --cmdline, derived from net-tools' own output and from /proc and
sock_diag read here, written from the specification, not from our C code.

  find.py plan-all CASES   classifies each command line of ours ("MARKS|ARGS"
                           lines): prints "N|MARKS|ARGS|REF_OPTS|META_OPTS|
                           NEEDP|XFLAGS|OPERANDS": net-tools' options for the
                           same listing, the same with -e -n -W (the same
                           rows, numeric, with uid and inode), 1 if pid= or
                           cmd= come without -p, what expect must do
                           (--dual --v4only --exe --cmdline), the operands
  find.py expect-all PLAN DIR UID SCAN V6ONLY
                           for each case N of PLAN, DIR/N.UID.exp: the
                           expected stdout, DIR/N.UID.ref (net-tools' stdout
                           for REF_OPTS as UID) without the rows that do not
                           match, relabelled / extended as the options say;
                           DIR/N.meta (net-tools' stdout for META_OPTS) gives
                           each row's numeric addresses, uid and inode; SCAN
                           (find.py scan, run as UID) the processes; and
                           DIR/N.UID.counts: rows before and after filtering
  find.py scan             JSON: for each process whose fds this uid may
                           read, its socket inodes, cmdline and exe, and
                           each socket inode's owner uid (of the inode)
  find.py v6only           JSON: inode -> IPV6_V6ONLY of every AF_INET6 tcp,
                           udp and udplite socket, from sock_diag
                           (INET_DIAG_SKV6ONLY)
  find.py ss-v6only        the same from `ss -tulne` (v6only:N), tcp and udp
  find.py unix-uids        JSON: inode -> owner uid of every unix socket,
                           from sock_diag (UNIX_DIAG_UID)
  find.py pop DIR ODDPROC  the extra population (dual-stack sockets and
                           processes with odd command lines), "ready" on
                           stdout when it exists; runs until stdin EOF

SPDX-License-Identifier: 0BSD
"""
import errno
import ipaddress
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import textesc  # the text's escapes (same directory)

INET = ('tcp', 'tcp6', 'udp', 'udp6', 'udpl', 'udpl6', 'raw', 'raw6')
ROWS = INET + ('unix',)
V6ROWS = ('tcp6', 'udp6', 'udpl6', 'raw6')
TCP_STATE = {1: 'ESTABLISHED', 2: 'SYN_SENT', 3: 'SYN_RECV', 4: 'FIN_WAIT1',
             5: 'FIN_WAIT2', 6: 'TIME_WAIT', 7: 'CLOSE', 8: 'CLOSE_WAIT',
             9: 'LAST_ACK', 10: 'LISTEN', 11: 'CLOSING'}
STATES = set(TCP_STATE.values()) | {'UNKNOWN', 'LISTENING', 'CONNECTED',
                                    'CONNECTING', 'DISCONNECTING', 'FREE'}
PROGNAME_WIDTH = 20  # the column; the text is cut to 19


def die(msg):
    sys.stderr.write('find.py: %s\n' % msg)
    sys.exit(2)


# ---- command lines -------------------------------------------------------

def af_list(val):
    """(inet, inet6, unix): which of them an -A list names"""
    fs = val.split(',')
    return (any(f in ('inet', 'ip', 'tcpip') for f in fs),
            any(f in ('inet6', 'ip6') for f in fs), 'unix' in fs)


def plan(args):
    opts, operands = [], []
    inet = inet6 = False
    named = unix = False  # a protocol or family was named; unix among them
    hasp = cmdline = exe = dual = False
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == '--':
            operands += args[i:]
            break
        if a.startswith('--'):
            name, eq, val = a[2:].partition('=')
            if name == 'dual-stack':
                dual = True
                continue
            if name == 'exe':
                exe = True
                continue
            if name == 'cmdline':
                cmdline = True
                continue
            opts.append(a)
            if name == 'protocol':
                if not eq:
                    val = args[i]
                    opts.append(val)
                    i += 1
                a4, a6, ax = af_list(val)
                inet, inet6, unix = inet or a4, inet6 or a6, unix or ax
                named = True
            inet |= name in ('inet', 'tcpip')
            inet6 |= name == 'inet6'
            unix |= name == 'unix'
            named |= name in ('inet', 'tcpip', 'inet6', 'unix', 'tcp', 'udp', 'udplite',
                              'raw', 'sctp', 'groups')
            hasp |= name == 'programs'
            continue
        if a.startswith('-') and a != '-':
            opts.append(a)
            k = 1
            while k < len(a):
                c = a[k]
                k += 1
                if c == 'A':
                    val = a[k:]
                    if not val:
                        val = args[i]
                        opts.append(val)
                        i += 1
                    a4, a6, ax = af_list(val)
                    inet, inet6, unix = inet or a4, inet6 or a6, unix or ax
                    named = True
                    break
                inet |= c == '4'
                inet6 |= c == '6'
                unix |= c == 'x'
                named |= c in '46xtuUwSg'
                hasp |= c == 'p'
            continue
        operands.append(a)
    v4only = dual and inet and not inet6
    if (cmdline or exe) and not hasp:
        opts.append('-p')
        hasp = True
    if v4only:
        opts.append('-6')
    # the processes are scanned (and their notes printed) for pid= and cmd=,
    # and for user= where unix rows are listed (their owner is their fd's)
    needp = not hasp and any(o.startswith(('pid=', 'cmd=')) or
                             (o.startswith('user=') and (unix or not named))
                             for o in operands)
    xflags = ((['--dual'] if dual else []) + (['--v4only'] if v4only else []) +
              (['--exe'] if exe else []) + (['--cmdline'] if cmdline else []))
    return opts, opts + ['-e', '-n', '-W'], operands, needp, xflags


def plan_all(cases):
    """each line "MARKS|ARGS" of CASES: "N|MARKS|ARGS|REF_OPTS|META_OPTS|NEEDP|XFLAGS|OPERANDS"""
    n = 0
    for line in open(cases):
        line = line.rstrip('\n')
        if not line:
            continue
        marks, args = line.split('|')
        opts, meta, operands, needp, xflags = plan(args.split())
        n += 1
        print('|'.join([str(n), marks, args, ' '.join(opts), ' '.join(meta), str(int(needp)),
                        ' '.join(xflags), ' '.join(operands)]))


# ---- operands --------------------------------------------------------------

_services = None


def services():
    global _services
    if _services is not None:
        return _services
    ports = _services = {}
    with open('/etc/services', encoding='latin-1') as f:
        for line in f:
            w = line.split('#', 1)[0].split()
            if len(w) >= 2 and '/' in w[1]:
                ports.setdefault(w[0], set()).add(int(w[1].split('/')[0]))
    return ports


def hosts(name):
    addrs = []
    with open('/etc/hosts', encoding='latin-1') as f:
        for line in f:
            w = line.split('#', 1)[0].split()
            if len(w) >= 2 and name in w[1:]:
                addrs.append(ipaddress.ip_address(w[0]))
    return addrs


def passwd(name):
    with open('/etc/passwd', encoding='latin-1') as f:
        for line in f:
            w = line.rstrip('\n').split(':')
            if len(w) > 2 and w[0] == name:
                return int(w[2])
    return None


def parse_ports(s):
    """set of ranges [(lo, hi)]; raises ValueError"""
    out = []
    for item in s.split(','):
        if re.fullmatch(r'\d+', item):
            p = int(item)
            if p > 65535:
                raise ValueError
            out.append((p, p))
        elif re.fullmatch(r'\d+-\d+', item):
            lo, hi = map(int, item.split('-'))
            if lo > hi or hi > 65535:
                raise ValueError
            out.append((lo, hi))
        elif re.fullmatch(r'[A-Za-z][\w.+-]*', item) and item in services():
            out += [(p, p) for p in services()[item]]
        else:
            raise ValueError
    return out


def parse_addr(s):
    """list of networks for ADDR[/PREFIX] or HOST; raises ValueError"""
    addr, slash, plen = s.partition('/')
    if slash:
        net = ipaddress.ip_network(addr + '/' + plen, strict=False)
        return [net]
    try:
        return [ipaddress.ip_network(addr)]
    except ValueError:
        pass
    if not re.fullmatch(r'[A-Za-z0-9][A-Za-z0-9.-]*', addr):
        raise ValueError
    found = hosts(addr)
    if not found:
        raise ValueError
    return [ipaddress.ip_network(a) for a in found]


def parse_operand(op):
    """(kind, value)"""
    try:
        if op.startswith(':'):
            return 'port', parse_ports(op[1:])
        if op.startswith('@'):
            s = op[1:]
            ports = None
            if s.startswith('['):
                end = s.index(']')
                a, rest = s[1:end], s[end + 1:]
                m = re.fullmatch(r'(/\d+)?(?::(.+))?', rest)
                if not m:
                    raise ValueError
                nets = [ipaddress.IPv6Network(a + (m.group(1) or ''), strict=False)]
                if m.group(2):
                    ports = parse_ports(m.group(2))
            elif s.count(':') > 1:
                nets = parse_addr(s)
                if any(n.version != 6 for n in nets):
                    raise ValueError
            else:
                a, colon, p = s.partition(':')
                nets = parse_addr(a)
                if colon:
                    ports = parse_ports(p)
            return 'addr', (nets, ports)
        if op.startswith('state='):
            pos, neg = set(), set()
            for w in op[6:].split(','):
                n = w[1:] if w.startswith('^') else w
                if n.upper() not in STATES:
                    raise ValueError
                (neg if w.startswith('^') else pos).add(n.upper())
            return 'state', (pos, neg)
        if op.startswith('pid='):
            ws = op[4:].split(',')
            if not all(re.fullmatch(r'\d+', w) for w in ws):
                raise ValueError
            return 'pid', {int(w) for w in ws}
        if op.startswith('cmd='):
            if not op[4:]:
                raise ValueError
            return 'cmd', op[4:].encode('latin-1')
        if op.startswith('user='):
            u = op[5:]
            uid = int(u) if re.fullmatch(r'\d+', u) else passwd(u)
            if uid is None:
                raise ValueError
            return 'user', uid
    except (ValueError, IndexError):
        pass
    die('bad operand in a case that expects rows: %r' % op)


def in_ports(p, ports):
    return any(lo <= p <= hi for lo, hi in ports)


def addr_match(a, nets):
    for n in nets:
        if a.version == n.version and a in n:
            return True
        # an IPv4 prefix also matches the v4-mapped form
        if n.version == 4 and a.version == 6 and a.ipv4_mapped is not None and \
                a.ipv4_mapped in n:
            return True
    return False


# ---- rows ------------------------------------------------------------------

def split_hostport(s, v6):
    host, _, port = s.rpartition(':')
    port = 0 if port == '*' else int(port)
    a = ipaddress.ip_address(host)
    if v6 and a.version == 4:  # net-tools prints v4-mapped as a.b.c.d
        a = ipaddress.IPv6Address('::ffff:' + host)
    return a, port


UNIX_RE = re.compile(rb'^unix +\d+ +\[[^\]]*\] +\S+ +(?:([A-Z_]+) +)?(\d+) ')


def parse_meta(line, prog_col):
    """dict of one row of a -e -n -W listing"""
    w = line.split()
    proto = w[0].decode()
    if proto == 'unix':
        m = UNIX_RE.match(line)
        if not m:
            die('cannot parse unix row %r' % line)
        return {'proto': proto, 'state': (m.group(1) or b'').decode() or 'CLOSE',
                'inode': int(m.group(2)), 'uid': None}
    if prog_col:
        w = line[:-PROGNAME_WIDTH].split()
    if len(w) == 8:
        state = w[5].decode()
    elif len(w) == 7:
        state = ''
    else:
        die('cannot parse inet row %r' % line)
    v6 = proto in V6ROWS
    la, lp = split_hostport(w[3].decode(), v6)
    fa, fp = split_hostport(w[4].decode(), v6)
    if state == '':
        state = 'CLOSE'
    elif state.isdigit():  # raw: the TCP name of the number
        state = TCP_STATE.get(int(state), 'UNKNOWN')
    return {'proto': proto, 'laddr': la, 'lport': lp, 'faddr': fa, 'fport': fp,
            'state': state, 'uid': int(w[-2]), 'inode': int(w[-1])}


def is_row(line):
    w = line.split(None, 1)
    return bool(w) and w[0].decode('latin-1') in ROWS


def matches(r, filters, scan):
    kinds = {}
    for kind, val in filters:
        kinds.setdefault(kind, []).append(val)
    inet = r['proto'] != 'unix'
    holders = scan['inodes'].get(str(r['inode']), []) if r['inode'] else []
    for kind, vals in kinds.items():
        ok = False
        for v in vals:
            if kind == 'port':
                ok = inet and (in_ports(r['lport'], v) or in_ports(r['fport'], v))
            elif kind == 'addr':
                nets, ports = v
                ok = inet and any(addr_match(a, nets) and (ports is None or in_ports(p, ports))
                                  for a, p in ((r['laddr'], r['lport']), (r['faddr'], r['fport'])))
            elif kind == 'state':
                pos, neg = v
                ok = (not pos or r['state'] in pos) and r['state'] not in neg
            elif kind == 'pid':
                ok = any(int(p) in v for p in holders)
            elif kind == 'cmd':
                ok = any(prog_name(int(p), scan['procs'][p]).startswith(v) for p in holders)
            elif kind == 'user':
                uid = r['uid'] if inet else scan['uids'].get(str(r['inode']))
                ok = uid == v
            if ok:
                break
        if not ok:
            return False
    return True


# ---- program names (-p, --exe) and --cmdline -----------------------------

esc, esc_cut = textesc.esc, textesc.esc_cut


def cmdline_bytes(p):
    return p['cmdline'].encode('latin-1')


def prog_name(pid, p):
    """the name part of -p's PID/Program name: argv[0], its basename if it
    starts with '/', escaped and cut so that PID/name has 19 characters"""
    a0 = cmdline_bytes(p)[:511].split(b'\0')[0]
    if a0.startswith(b'/'):
        a0 = a0.rsplit(b'/', 1)[1]
    return esc_cut(a0, PROGNAME_WIDTH - 1 - len(b'%d/' % pid))


def exe_name(pid, p):
    """--exe: the basename of /proc/PID/exe, " (deleted)" kept visible"""
    exe = p['exe'].encode('latin-1')
    base = exe.rsplit(b'/', 1)[-1]
    room = PROGNAME_WIDTH - 1 - len(b'%d/' % pid)
    d = b' (deleted)'
    if len(esc(base)) > room and base.endswith(d):
        return esc_cut(base[:-len(d)], room - len(d)) + d
    return esc_cut(base, room)


def cmdline_col(p):
    return esc(cmdline_bytes(p).rstrip(b'\0').replace(b'\0', b' '))


def prog_field(line):
    """(start, end) of the PID/Program name field of a -p row"""
    if line.startswith(b'unix'):
        m = re.match(rb'(.{50})(\d+) *', line)
        start = 50 + max(8, len(m.group(2))) + 1
        return start, start + PROGNAME_WIDTH
    return len(line) - PROGNAME_WIDTH, len(line)


# ---- expect ----------------------------------------------------------------

def expect_all(planf, d, uid, scan_f, v6_f):
    """for each case N of PLANF but those marked I: D/N.UID.exp (the
    expected stdout) and D/N.UID.counts (rows before and after the
    filter), from D/N.UID.ref (net-tools, as UID) and D/N.meta"""
    scan = json.load(open(scan_f))
    v6only = {int(k): v for k, v in json.load(open(v6_f)).items()}
    for line in open(planf):
        n, marks, args, opts, meta, needp, xflags, operands = line.rstrip('\n').split('|')
        if 'I' in marks or ('R' in marks and uid != '0'):
            continue
        pre = os.path.join(d, n)
        try:
            out, total, kept = expect(pre + '.%s.ref' % uid, pre + '.meta', scan, v6only,
                                      set(xflags.split()), operands.split())
        except SystemExit:
            die('case %s: netstat %s' % (n, args))
        with open(pre + '.%s.exp' % uid, 'wb') as f:
            f.write(out)
        with open(pre + '.%s.counts' % uid, 'w') as f:
            f.write('%d %d\n' % (total, kept))


def expect(base_f, meta_f, scan, v6only, flags, operands):
    scan_f = 'the scan'
    filters = [parse_operand(o) for o in operands]
    base = open(base_f, 'rb').read().split(b'\n')
    meta = open(meta_f, 'rb').read().split(b'\n')
    mrows = []
    prog_col = False
    for line in meta:
        if line.startswith(b'Proto Recv-Q'):
            prog_col = b'PID/Program name' in line
        if is_row(line):
            mrows.append(parse_meta(line, prog_col))
    out = []
    total = kept = 0
    k = 0
    for line in base[:-1]:
        if not is_row(line):
            if '--cmdline' in flags and line.startswith(b'Proto '):
                line += b' Command line'
            out.append(line)
            continue
        if k >= len(mrows) or line.split()[0].decode() != mrows[k]['proto']:
            die('the rows of %s and %s do not line up (row %d)' % (base_f, meta_f, k))
        r = mrows[k]
        k += 1
        proto = r['proto']
        dual = (proto in ('tcp6', 'udp6', 'udpl6') and v6only.get(r['inode']) == 0 and
                (r['laddr'] == ipaddress.IPv6Address('::') or r['laddr'].ipv4_mapped is not None) and
                ((proto == 'tcp6' and r['state'] == 'LISTEN') or
                 (proto != 'tcp6' and r['faddr'] == ipaddress.IPv6Address('::'))))
        if '--v4only' in flags and proto in V6ROWS and not dual:
            continue
        total += 1
        if not matches(r, filters, scan):
            continue
        kept += 1
        if '--dual' in flags and dual:
            line = (b'%-5s' % {'tcp6': b'tcp46', 'udp6': b'udp46', 'udpl6': b'udpl46'}[proto]) + line[5:]
        if '--exe' in flags or '--cmdline' in flags:
            s, e = prog_field(line)
            field = line[s:e].rstrip(b' ')
            m = re.fullmatch(rb'(\d+)/.*', field)
            p = scan['procs'].get(m.group(1).decode()) if m else None
            if m and p is None:
                die('process %s of %r not in %s' % (m.group(1), line, scan_f))
            if '--exe' in flags and p is not None:
                pid = int(m.group(1))
                line = line[:s] + (b'%d/' % pid + exe_name(pid, p)).ljust(PROGNAME_WIDTH) + line[e:]
            if '--cmdline' in flags:
                line += b' ' + (cmdline_col(p) if p is not None else b'-')
        out.append(line)
    if k != len(mrows):
        die('%s has more rows than %s' % (meta_f, base_f))
    return b''.join(l + b'\n' for l in out), total, kept


# ---- scan ------------------------------------------------------------------

def scan():
    procs, inodes, uids = {}, {}, {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        d = '/proc/' + pid
        try:
            fds = os.listdir(d + '/fd')
        except OSError:
            continue
        socks = []
        for fd in fds:
            try:
                link = os.readlink('%s/fd/%s' % (d, fd))
            except OSError:
                continue
            m = re.fullmatch(r'socket:\[(\d+)\]', link)
            if not m:
                continue
            socks.append(m.group(1))
            try:
                uids[m.group(1)] = os.stat('%s/fd/%s' % (d, fd)).st_uid
            except OSError:
                pass
        if not socks:
            continue
        try:
            cmd = open(d + '/cmdline', 'rb').read()
        except OSError:
            continue
        try:
            exe = os.readlink(d + '/exe')
        except OSError:
            exe = None
        procs[pid] = {'cmdline': cmd.decode('latin-1'), 'exe': exe}
        for s in socks:
            if pid not in inodes.setdefault(s, []):
                inodes[s].append(pid)
    json.dump({'procs': procs, 'inodes': inodes, 'uids': uids}, sys.stdout)


# ---- sock_diag: IPV6_V6ONLY --------------------------------------------

def diag_dump(req):
    """each message of a NETLINK_SOCK_DIAG dump (SOCK_DIAG_BY_FAMILY) of req:
    (its body, {attribute type: attribute bytes}), the attributes after
    the fixed part of attrs_at bytes"""
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, 4)
    s.send(struct.pack('=IHHII', 16 + len(req), 20, 1 | 0x300, 1, 0) + req)
    try:
        while True:
            buf = s.recv(1 << 16)
            if not buf:
                return
            off = 0
            while off + 16 <= len(buf):
                ln, typ = struct.unpack_from('=IH', buf, off)
                if typ in (2, 3):  # NLMSG_ERROR, NLMSG_DONE
                    return
                yield buf[off + 16:off + ln]
                off += (ln + 3) & ~3
    finally:
        s.close()


def diag_attrs(body, a):
    """{type: payload} of the netlink attributes of body from offset a"""
    res = {}
    while a + 4 <= len(body):
        alen, atyp = struct.unpack_from('=HH', body, a)
        if alen < 4:
            break
        res[atyp] = body[a + 4:a + alen]
        a += (alen + 3) & ~3
    return res


def v6only():
    """inode -> IPV6_V6ONLY of every AF_INET6 tcp, udp, udplite socket"""
    res = {}
    for proto in (socket.IPPROTO_TCP, socket.IPPROTO_UDP, 136):
        # inet_diag_req_v2: family, protocol, ext, pad, states, sockid
        for body in diag_dump(struct.pack('=BBBxI48x', socket.AF_INET6, proto, 0, 0xffffffff)):
            attrs = diag_attrs(body, 72)
            if 11 in attrs:  # INET_DIAG_SKV6ONLY
                res[struct.unpack_from('=I', body, 68)[0]] = attrs[11][0]
    json.dump(res, sys.stdout)


def unix_uids():
    """inode -> owner uid of every unix socket, from sock_diag (UNIX_DIAG_UID)"""
    res = {}
    # unix_diag_req: family, protocol, pad, states, ino, show (UDIAG_SHOW_UID), cookie
    for body in diag_dump(struct.pack('=BBxxIII8x', socket.AF_UNIX, 0, 0xffffffff, 0, 0x40)):
        attrs = diag_attrs(body, 16)
        if 7 in attrs:  # UNIX_DIAG_UID
            res[struct.unpack_from('=I', body, 4)[0]] = struct.unpack_from('=I', attrs[7])[0]
    json.dump(res, sys.stdout)


def ss_v6only():
    res = {}
    out = subprocess.run(['ss', '-Htulne', '-f', 'inet6'], capture_output=True, text=True).stdout
    for line in out.splitlines():
        ino = re.search(r'\bino:(\d+)', line)
        v = re.search(r'\bv6only:(\d)', line)
        if ino and v:
            res[int(ino.group(1))] = int(v.group(1))
    json.dump(res, sys.stdout)


# ---- the extra population ------------------------------------------------

def pop(d, oddproc):
    """sockets for --dual-stack, @HOST and the v4-mapped cases (held by this
    python3 process: an interpreter running a script) and processes with odd
    command lines (ODDPROC), one TCP listener and one unix listener each"""
    keep = []
    lines = []
    V6ONLY = socket.IPV6_V6ONLY

    def sock(fam, typ, proto, addr, v6o=None, label=None, expect=None):
        s = socket.socket(fam, typ, proto)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if v6o is not None:
            s.setsockopt(socket.IPPROTO_IPV6, V6ONLY, v6o)
        s.bind(addr)
        if typ == socket.SOCK_STREAM:
            s.listen(8)
        keep.append(s)
        if label:
            lines.append('sock %s %d %d' % (label, os.fstat(s.fileno()).st_ino, expect))
        return s

    T, U, UL = socket.SOCK_STREAM, socket.SOCK_DGRAM, 136
    A6 = socket.AF_INET6
    l = sock(A6, T, 0, ('::', 32001), 0, 'tcp-dual-any', 0)
    sock(A6, T, 0, ('::', 32002), 1, 'tcp-v6only-any', 1)
    u = sock(A6, U, 0, ('::', 32003), 0, 'udp-dual-any', 0)
    sock(A6, U, 0, ('::', 32004), 1, 'udp-v6only-any', 1)
    sock(A6, T, 0, ('::ffff:127.0.0.1', 32005), 0, 'tcp-dual-mapped', 0)
    sock(A6, U, 0, ('::ffff:127.0.0.1', 32007), 0, 'udp-dual-mapped', 0)
    c = sock(A6, U, 0, ('::', 32008), 0, 'udp-dual-connected', 0)
    c.connect(('::ffff:127.0.0.1', 32003))
    lines[-1] = lines[-1].rsplit(' ', 1)[0] + ' -'  # not asked: sock_diag omits it
    try:
        sock(A6, U, UL, ('::', 32006), 0, 'udplite-dual-any', 0)
        sock(A6, U, UL, ('::', 32009), 1, 'udplite-v6only-any', 1)
    except OSError as e:
        sys.stderr.write('find.py pop: warning: no UDP-Lite: %s\n' % e)
    sock(socket.AF_INET, T, 0, ('127.0.0.5', 32010))
    sock(A6, T, 0, ('::1', 32011))
    # a v4 client of the dual-stack listener: the accepted end is tcp6
    # ::ffff:127.0.0.1, ESTABLISHED
    cl = socket.create_connection(('127.0.0.1', 32001))
    keep.append(cl)
    acc, _ = l.accept()
    keep.append(acc)
    lines.append('sock tcp-mapped-established %d -' % os.fstat(acc.fileno()).st_ino)
    lines.append('proc python3 %d' % os.getpid())

    kids = []

    def spawn(name, argv, exe, port, title=None):
        env = {'ODD_PORT': str(port)}
        if title:
            env['ODD_TITLE'] = title
        p = subprocess.Popen(argv, executable=exe, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, cwd='/')
        kids.append(p)
        if p.stdout.readline() != b'r\n':
            die('pop: %s did not start' % name)
        lines.append('proc %s %d' % (name, p.pid))
        return p

    spawn('args', [b'oddproc-args', b'arg with spaces', b'new\nline', b'tab\there',
                   b'back\\slash', b'ctl\x01\x1b\x7f', b'utf8-\xc3\xa9-\xff', b'x'],
          oddproc, 32020)
    spawn('title', [b'oddproc-title', b'--long-argument-to-make-room-for-the-title'],
          oddproc, 32021, 'myservice: worker')
    dele = os.path.join(d, 'oddproc-deleted-binary')
    shutil.copy(oddproc, dele)
    os.chmod(dele, 0o755)
    spawn('deleted', [dele.encode(), b'--deleted'], dele, 32022)
    os.unlink(dele)

    print('\n'.join(lines))
    print('ready', flush=True)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    try:
        while sys.stdin.buffer.read(256):
            pass
    finally:
        for p in kids:
            p.kill()
            p.wait()


def main():
    if len(sys.argv) < 2:
        die('usage: find.py plan|expect|scan|v6only|ss-v6only|pop ...')
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == 'plan-all':
        plan_all(*args)
    elif cmd == 'expect-all':
        expect_all(*args)
    elif cmd == 'scan':
        scan()
    elif cmd == 'v6only':
        v6only()
    elif cmd == 'unix-uids':
        unix_uids()
    elif cmd == 'ss-v6only':
        ss_v6only()
    elif cmd == 'pop':
        pop(*args)
    else:
        die('unknown command %s' % cmd)


if __name__ == '__main__':
    main()
