#!/usr/bin/env python3
"""Checks of tests/live-json.sh: `netstat --json` against our own text output
of the same command, net-tools' text, the kernel's counter files and /proc,
written from the specification of --json (the header of tests/live-json.sh),
not from our C code.

  jsoncheck.py plan CASES       each line of CASES (the arguments of one case) as
                           "N|KIND|ARGS|JSON_ARGS|ROWS_ARGS|REF_ARGS|FLAGS":
                           KIND list or stats; JSON_ARGS: ARGS with --json
                           (first, or last where nothing forbids it);
                           ROWS_ARGS: our text whose rows the document must
                           hold (-ie: -i's); REF_ARGS: net-tools' command
                           for the same rows (operands and our options left
                           out, -p for --exe/--cmdline, -6 for -4
                           --dual-stack, and -e for the uid and inode of
                           each socket); FLAGS: subseq (the rows are some of
                           net-tools', in its order), noprog (net-tools'
                           program names are not ours: --exe), dual (tcp46 is
                           net-tools' tcp6), after (our text runs once more
                           after the document: the bracket of moving numbers)
  jsoncheck.py check-all PLAN DIR V6ONLY [N...]
                           each case N of PLAN (all if none are named), run
                           into DIR/N: bin.* our text of ARGS, bin1.* our
                           text of ROWS_ARGS (if not ARGS), bin2.* the
                           document, ref.* net-tools of REF_ARGS, bin3.* our
                           text again (FLAGS after), pre/ and post/ the
                           counter files before and after (stats).  Writes
                           what is wrong to DIR/N/msg and prints "N STATUS":
                           0 if nothing, 3 if only moving numbers fell
                           outside their bracket (worth another try), 1
                           otherwise.  V6ONLY: find.py v6only's JSON
  jsoncheck.py hostile DIR UID MANIFEST V6ONLY ARGS...
                           the same check (without net-tools) of a listing
                           of the hostile population, and every program name,
                           path and command line of it, decoded and as JSON
                           text, against the bytes it was made of
  jsoncheck.py continuous DIR V6ONLY
                           DIR/bin2.out (--json -c -tan, stopped by timeout):
                           every line one document holding the rows of
                           DIR/bin1.out (-tan); stderr and exit status those
                           of DIR/bin.* (-c -tan)
  jsoncheck.py keepalive        a TCP connection on 127.0.0.1:30099 with
                           SO_KEEPALIVE (a timer of that kind for -o);
                           prints "ready", runs until stdin EOF
  jsoncheck.py pop DIR ODDPROC  the hostile population: unix sockets whose paths
                           and abstract names hold odd bytes, and processes
                           (tests/live/oddproc.c) whose argv does; writes
                           DIR/hostile.json, prints "ready", runs until
                           stdin EOF

SPDX-License-Identifier: 0BSD
"""
import os
import sys


import decimal
import ipaddress
import json
import pwd
import re
import signal
import socket
import subprocess
import textesc  # the text's escapes (same directory)

INET = ('tcp', 'tcp6', 'udp', 'udp6', 'udpl', 'udpl6', 'raw', 'raw6',
        'tcp46', 'udp46', 'udpl46')
TCP_STATES = ('ESTABLISHED', 'SYN_SENT', 'SYN_RECV', 'FIN_WAIT1', 'FIN_WAIT2',
              'TIME_WAIT', 'CLOSE', 'CLOSE_WAIT', 'LAST_ACK', 'LISTEN', 'CLOSING',
              'UNKNOWN')
UNIX_TYPES = ('STREAM', 'DGRAM', 'RAW', 'RDM', 'SEQPACKET', 'UNKNOWN')
PROGNAME_WIDTH = 20  # the PID/Program name column; the text is cut to 19
MAXERR = 12


def die(msg):
    sys.stderr.write('jsoncheck.py: %s\n' % msg)
    sys.exit(2)


# ---- command lines ---------------------------------------------------------

NT_LONG = ('ax25', 'x25', 'ip', 'ipx', 'appletalk', 'netrom', 'inet', 'inet6', 'ddp',
           'rose', 'unix', 'bluetooth', 'tcpip', 'version', 'interfaces', 'help',
           'route', 'masquerade', 'protocol', 'tcp', 'sctp', 'udp', 'udplite', 'raw',
           'l2cap', 'rfcomm', 'listening', 'all', 'timers', 'continuous', 'extend',
           'programs', 'verbose', 'statistics', 'wide', 'numeric', 'numeric-hosts',
           'numeric-ports', 'numeric-users', 'symbolic', 'cache', 'fib', 'groups',
           'context')
OURS_LONG = ('dual-stack', 'exe', 'cmdline', 'json', 'netns')
SHORT_OF = {'interfaces': 'i', 'route': 'r', 'masquerade': 'M', 'tcp': 't', 'sctp': 'S',
            'udp': 'u', 'udplite': 'U', 'raw': 'w', 'unix': 'x', 'listening': 'l',
            'all': 'a', 'timers': 'o', 'continuous': 'c', 'extend': 'e',
            'programs': 'p', 'verbose': 'v', 'statistics': 's', 'wide': 'W',
            'numeric': 'n', 'symbolic': 'N', 'cache': 'C', 'fib': 'F', 'groups': 'g',
            'inet': '4', 'inet6': '6', 'tcpip': '4', 'ip': '4'}


def long_name(s):
    """a long option's full name (getopt_long's prefixes; ours only where no
    net-tools name matches), or s itself"""
    if s in NT_LONG or s in OURS_LONG:
        return s
    c = [n for n in NT_LONG if n.startswith(s)]
    if len(c) == 1:
        return c[0]
    if c:
        return s
    c = [n for n in OURS_LONG if n.startswith(s)]
    return c[0] if len(c) == 1 else s


class Opts:
    """what a netstat command line asks for"""

    def __init__(self, args):
        self.args = args
        self.short = {}
        self.long = set()
        self.fams = []
        self.operand_at = []  # indices of the operands in args
        self.ours_at = []     # indices of our long options
        i = 0
        while i < len(args):
            a = args[i]
            i += 1
            if a == '--':
                self.operand_at += range(i, len(args))
                break
            if a.startswith('--'):
                name, eq, val = a[2:].partition('=')
                n = long_name(name)
                if n in OURS_LONG:
                    self.ours_at.append(i - 1)
                self.long.add(n)
                if n in SHORT_OF:
                    self.short[SHORT_OF[n]] = self.short.get(SHORT_OF[n], 0) + 1
                if n == 'protocol':
                    if not eq and i < len(args):
                        val = args[i]
                        i += 1
                    self.fams += val.split(',')
                continue
            if a.startswith('-') and len(a) > 1:
                k = 1
                while k < len(a):
                    c = a[k]
                    k += 1
                    if c == 'A':
                        val = a[k:]
                        if not val and i < len(args):
                            val = args[i]
                            i += 1
                        self.fams += val.split(',')
                        break
                    self.short[c] = self.short.get(c, 0) + 1
                continue
            self.operand_at.append(i - 1)
        self.operands = [args[k] for k in self.operand_at]
        s = self.short
        num = bool(s.get('n'))
        self.numhosts = num or 'numeric-hosts' in self.long
        self.numports = num or 'numeric-ports' in self.long
        self.numusers = num or 'numeric-users' in self.long
        self.ext = bool(s.get('e'))
        self.wide = bool(s.get('W'))
        self.timers = bool(s.get('o'))
        self.exe = 'exe' in self.long
        self.cmdline = 'cmdline' in self.long
        self.dual = 'dual-stack' in self.long
        self.hasp = bool(s.get('p'))
        self.prog = self.hasp or self.exe or self.cmdline or \
            any(o.startswith(('pid=', 'cmd=')) for o in self.operands)
        self.stats = bool(s.get('s'))
        self.iface = bool(s.get('i'))
        self.inet = bool(s.get('4')) or any(f in ('inet', 'ip', 'tcpip') for f in self.fams)
        self.inet6 = bool(s.get('6')) or any(f in ('inet6', 'ip6') for f in self.fams)


def plan(n, args):
    o = Opts(args)
    kind = 'stats' if o.stats else 'list'
    if args and n % 2 and '--' not in args:
        jargs = args + ['--json']
    else:
        jargs = ['--json'] + args
    rows = args
    if o.iface and o.ext:  # -ie: the objects of -i
        rows = []
        for a in args:
            if a.startswith('-') and not a.startswith('--') and 'A' not in a:
                a = a.replace('e', '')
                if a == '-':
                    continue
            elif long_name(a[2:]) == 'extend':
                continue
            rows.append(a)
    flags = []
    drop = set(o.operand_at) | set(o.ours_at)
    ref = [a for k, a in enumerate(rows) if k not in drop] if rows is args else list(rows)
    if o.operands:
        flags.append('subseq')
    if (o.exe or o.cmdline) and not o.hasp:
        ref.insert(0, '-p')  # (first: ARGS may end with "--")
    if o.exe:
        flags.append('noprog')
    if o.dual:
        flags.append('dual')
        if o.inet and not o.inet6:
            ref.insert(0, '-6')
            flags.append('subseq')
    if 'subseq' in flags and o.timers:
        flags.append('after')
    # net-tools with -e shows each row's uid and inode, which the document
    # always has (for socket listings: -e changes the layout of -i)
    if not (o.ext or o.stats or o.iface or o.short.get('r') or o.short.get('g')):
        ref.insert(0, '-e')
    return '|'.join([str(n), kind, ' '.join(args), ' '.join(jargs), ' '.join(rows),
                     ' '.join(ref), ','.join(flags) or '-'])


def plan_all(cases):
    n = 0
    for line in open(cases):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        args = [] if line == '-' else line.split()
        n += 1
        print(plan(n, args))


# ---- strings: the rules of --json, and of the text ----------------------

def enc(b):
    """bytes b as the JSON text of a string's contents, by the rules: '"'
    and '\\' escaped, controls (C0, DEL, C1) and bytes that are not valid
    UTF-8 as \\u00xx (lowercase here), valid UTF-8 as is, NUL a blank"""
    out = []
    i = 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            if c == 0:
                out.append(' ')
            elif c == 0x22:
                out.append('\\"')
            elif c == 0x5c:
                out.append('\\\\')
            elif c < 0x20 or c == 0x7f:
                out.append('\\u%04x' % c)
            else:
                out.append(chr(c))
            i += 1
            continue
        for n in (2, 3, 4):
            try:
                ch = b[i:i + n].decode('utf-8')
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.append('\\u%04x' % ord(ch) if ord(ch) <= 0x9f else ch)
                i += n
                break
        else:
            out.append('\\u%04x' % c)
            i += 1
    return ''.join(out)


def dec(b):
    """what a parser makes of enc(b)"""
    return json.loads('"' + enc(b) + '"')


def esc(s):
    """the text's escape (textesc.py) of characters that stand for bytes"""
    return textesc.esc(s.encode('latin-1')).decode('latin-1')


def esc_cut(s, room):
    return textesc.esc_cut(s.encode('latin-1'), room).decode('latin-1')


def printable(s):
    return isinstance(s, str) and all(0x20 <= ord(c) <= 0x7e for c in s)


def prog_field(pid, prog, exe):
    """the text's PID/Program name for this pid and (whole) name"""
    head = '%d/' % pid
    room = PROGNAME_WIDTH - 1 - len(head)
    d = ' (deleted)'
    if exe and len(esc(prog)) > room and prog.endswith(d):
        return head + esc_cut(prog[:-len(d)], room - len(d)) + d
    return head + esc_cut(prog, room)


# ---- documents -------------------------------------------------------------

class DupKey(Exception):
    pass


def pairs_hook(pairs):
    d = {}
    for k, v in pairs:
        if k in d:
            raise DupKey(k)
        d[k] = v
    return d


def bad_constant(name):
    raise ValueError('%s is not JSON' % name)


ESCAPE_RE = re.compile(r'\\(u[0-9a-fA-F]{4}|.)', re.S)


def raw_errors(line):
    """what is wrong with the bytes of one document (without its newline)"""
    errs = []
    try:
        s = line.decode('utf-8')
    except UnicodeDecodeError as e:
        return ['not UTF-8 (%s)' % e]
    for ch in s:
        c = ord(ch)
        if c < 0x20 or c == 0x7f or 0x80 <= c <= 0x9f:
            errs.append('a raw control character U+%04X' % c)
            break
    for m in ESCAPE_RE.finditer(s):
        e = m.group(1)
        if e in ('"', '\\'):
            continue
        if e[0] == 'u' and e[1:3] == '00':
            v = int(e[3:], 16)
            if 0 < v < 0x20 or v == 0x7f or v >= 0x80:
                continue
        errs.append('escape \\%s is none of \\" \\\\ \\u00XX (a control or a byte)' % e)
        break
    for m in re.finditer(r'"seconds":([^,}]*)', s):
        if not re.fullmatch(r'\d+\.\d\d', m.group(1)):
            errs.append('"seconds":%s is not a number with 2 decimals' % m.group(1))
            break
    return errs


def load_doc(raw):
    """(document, errors) of stdout that must be one document on one line"""
    if not raw.endswith(b'\n'):
        return None, ['stdout does not end with a newline']
    if raw.count(b'\n') != 1:
        return None, ['stdout is %d lines, not one' % raw.count(b'\n')]
    line = raw[:-1]
    errs = raw_errors(line)
    try:
        doc = json.loads(line.decode('utf-8', 'replace'), object_pairs_hook=pairs_hook,
                         parse_float=decimal.Decimal, parse_constant=bad_constant)
    except DupKey as e:
        return None, errs + ['duplicate key %r' % e.args[0]]
    except ValueError as e:
        return None, errs + ['does not parse: %s' % e]
    return doc, errs


def norm_escapes(s):
    """the document's text with the hex digits of \\u escapes lowercase"""
    return ESCAPE_RE.sub(lambda m: '\\' + m.group(1).lower() if m.group(1)[0] == 'u'
                         else m.group(0), s)


# ---- our text and net-tools' --------------------------------------------

class Header:
    def __init__(self, line):
        self.user = ' User ' in line
        self.prog = 'PID/Program name' in line
        self.timer = ' Timer' in line
        self.cmdline = 'Command line' in line


SPACES = re.compile(r' *')
TIMER_RE = re.compile(r' *(\S+) \((\d+\.\d\d)/(-?\d+)/(-?\d+)\)')
UNIX_RE = re.compile(r'unix +(\d+) +\[ ((?:[A-Z]+ )*)\] +(\S+) +(?:([A-Z_]+) +)?(\d+)')


def parse_inet(ln, hdr):
    toks = [(m.start(), m.group()) for m in re.finditer(r'\S+', ln)]
    if len(toks) < 5:
        raise ValueError('too few columns')
    r = {'kind': 'inet', 'line': ln, 'proto': toks[0][1], 'rq': toks[1][1],
         'sq': toks[2][1], 'local': toks[3][1], 'foreign': toks[4][1]}
    fs = toks[4][0]
    scol = fs + max(23, len(r['foreign'])) + 1
    i = 5
    if scol < len(ln) and ln[scol] != ' ':
        if i >= len(toks) or toks[i][0] != scol:
            raise ValueError('no State word where the column starts')
        r['state'] = toks[i][1]
        pos = scol + len(toks[i][1])
        i += 1
    else:
        r['state'] = None
        pos = scol
    if hdr.user:
        if i + 1 >= len(toks) or toks[i][0] < pos:
            raise ValueError('no User and Inode')
        r['user'], r['inode'] = toks[i][1], toks[i + 1][1]
        pos = toks[i + 1][0] + len(toks[i + 1][1])
    if hdr.prog:
        s = SPACES.match(ln, pos).end()
        r['prog'] = ln[s:s + PROGNAME_WIDTH].rstrip(' ')
        pos = s + PROGNAME_WIDTH
    if hdr.timer:
        m = TIMER_RE.match(ln, pos)
        if not m:
            raise ValueError('no Timer')
        r['timer'] = (m.group(1), decimal.Decimal(m.group(2)), int(m.group(3)), int(m.group(4)))
        pos = m.end()
    if hdr.cmdline:
        if ln[pos:pos + 1] != ' ':
            raise ValueError('no blank before the Command line')
        r['cmdline'] = ln[pos + 1:]
    elif ln[pos:].strip(' '):
        raise ValueError('text after the last column: %r' % ln[pos:])
    return r


def parse_unix(ln, hdr):
    m = UNIX_RE.match(ln)
    if not m:
        raise ValueError('not a unix row')
    r = {'kind': 'unix', 'line': ln, 'refcnt': m.group(1), 'flags': m.group(2).split(),
         'type': m.group(3), 'state': m.group(4), 'inode': m.group(5)}
    pos = m.start(5) + max(8, len(m.group(5))) + 1
    if hdr.prog:
        r['prog'] = ln[pos:pos + PROGNAME_WIDTH].rstrip(' ')
        pos += PROGNAME_WIDTH + 1
    r['tail'] = ln[pos:]
    r['has_cmdline'] = hdr.cmdline
    return r


def parse_text(b):
    """(items, errors): the socket rows and table rows of a text listing"""
    s = b.decode('latin-1')
    errs, items = [], []
    if s and not s.endswith('\n'):
        errs.append('the text does not end with a newline')
    lines = s.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    mode = ihdr = uhdr = keys = None
    for ln in lines:
        if ln.endswith(' not configured in this system.') or ln.startswith('netstat: '):
            continue    # net-tools' notes on stdout (--json moves them to stderr)
        if ln.startswith(('Active Internet connections', 'Active UNIX domain sockets')):
            mode = 'sock'
            continue
        if ln.startswith(('Kernel ', 'IPv6/IPv4 Group Memberships')):
            mode, keys = 'table', None
            continue
        if mode == 'sock' and ln.startswith('Proto '):
            if ' RefCnt ' in ln:
                uhdr = Header(ln)
            else:
                ihdr = Header(ln)
            continue
        if mode == 'table':
            if keys is None:
                keys = [k.replace('\0', ' ') for k in ln.replace('Next Hop', 'Next\0Hop').split()]
                continue
            if re.fullmatch(r'[- ]+', ln):
                continue
            w = ln.split()
            if len(w) != len(keys):
                errs.append('table row of %d words under %d keys: %r' % (len(w), len(keys), ln))
                continue
            items.append({'kind': 'table', 'line': ln, 'pairs': list(zip(keys, w))})
            continue
        if mode == 'sock':
            w0 = ln.split(' ', 1)[0]
            try:
                if w0 == 'unix' and uhdr:
                    items.append(parse_unix(ln, uhdr))
                    continue
                if w0 in INET and ihdr:
                    items.append(parse_inet(ln, ihdr))
                    continue
            except ValueError as e:
                errs.append('cannot read the text row %r: %s' % (ln, e))
                continue
        errs.append('text line not understood: %r' % ln)
    return items, errs


# ---- /proc -------------------------------------------------------------------

_procs = {}


def proc(pid):
    """{'cmdline': bytes, 'exe': bytes or None, 'socks': set of inodes} or None"""
    if pid in _procs:
        return _procs[pid]
    d = '/proc/%d' % pid
    try:
        cmd = open(d + '/cmdline', 'rb').read()
        socks = set()
        for fd in os.listdir(d + '/fd'):
            try:
                m = re.fullmatch(r'socket:\[(\d+)\]', os.readlink('%s/fd/%s' % (d, fd)))
            except OSError:
                continue
            if m:
                socks.add(int(m.group(1)))
    except OSError:
        _procs[pid] = None
        return None
    try:
        exe = os.readlink(d.encode() + b'/exe')
    except OSError:
        exe = None
    _procs[pid] = {'cmdline': cmd, 'exe': exe, 'socks': socks}
    return _procs[pid]


def argv0_name(cmd):
    """-p's name: argv[0] as net-tools reads it, in the first 511 bytes"""
    a0 = cmd[:511].split(b'\0')[0]
    if a0.startswith(b'/'):
        a0 = a0.rsplit(b'/', 1)[1]
    return a0


# ---- one row -------------------------------------------------------------

class Ctx:
    def __init__(self, o, flags, v6only):
        self.o = o
        self.flags = flags
        self.v6only = v6only


class Errs:
    def __init__(self):
        self.hard = []
        self.moving = []

    def add(self, msg, moving=False):
        (self.moving if moving else self.hard).append(msg)

    def __bool__(self):
        return bool(self.hard or self.moving)


def is_int(v):
    return type(v) is int


def v6only_known(j, ctx):
    p = j.get('proto')
    if p in ('tcp6', 'tcp46'):
        want = j.get('state') == 'LISTEN'
    elif p in ('udp6', 'udp46', 'udpl6', 'udpl46'):
        want = j.get('state') is None
    else:
        want = False
    return want and str(j.get('inode')) in ctx.v6only


def inet_keys(j, ctx):
    o = ctx.o
    k = ['proto', 'recv_q', 'send_q', 'local', 'foreign', 'state', 'uid', 'inode']
    if o.ext and not o.numusers:
        k.append('user')
    if o.prog:
        k += ['pid', 'program']
    if o.exe:
        k.append('exe')
    if o.cmdline:
        k.append('cmdline')
    if o.timers:
        k.append('timer')
    if o.dual and v6only_known(j, ctx):
        k.append('v6only')
    return k


def unix_keys(ctx):
    o = ctx.o
    k = ['proto', 'refcnt', 'flags', 'type', 'state', 'inode', 'path']
    if o.prog:
        k += ['pid', 'program']
    if o.exe:
        k.append('exe')
    if o.cmdline:
        k.append('cmdline')
    return k


def check_json_row(j, ctx, e):
    """what a row must be whatever the text says: keys, types, and the
    process fields against /proc"""
    o = ctx.o
    if not isinstance(j, dict):
        e.add('a row is not an object: %r' % (j,))
        return False
    p = j.get('proto')
    if p == 'unix':
        want = unix_keys(ctx)
    elif p in INET:
        want = inet_keys(j, ctx)
    else:
        e.add('row with proto %r' % (p,))
        return False
    if list(j) != want:
        e.add('keys %s, want %s' % (list(j), want))
        return False
    if not is_int(j['inode']) or j['inode'] < 0:
        e.add('inode %r' % (j['inode'],))
    if p == 'unix':
        if not is_int(j['refcnt']):
            e.add('refcnt %r' % (j['refcnt'],))
        fl = j['flags']
        if not isinstance(fl, list) or [f for f in ('ACC', 'W', 'N') if f in fl] != fl:
            e.add('flags %r' % (fl,))
        if j['type'] not in UNIX_TYPES:
            e.add('type %r' % (j['type'],))
        if j['state'] is not None and not (isinstance(j['state'], str) and j['state']):
            e.add('state %r' % (j['state'],))
        if j['path'] is not None and not (isinstance(j['path'], str) and j['path']):
            e.add('path %r' % (j['path'],))
    else:
        for k in ('recv_q', 'send_q', 'uid'):
            if not is_int(j[k]) or j[k] < 0:
                e.add('%s %r' % (k, j[k]))
        for end in ('local', 'foreign'):
            v = j[end]
            ek = ['address', 'port'] + ([] if o.numhosts else ['host']) + \
                ([] if o.numports else ['service'])
            if not isinstance(v, dict) or list(v) != ek:
                e.add('%s %r, want the keys %s' % (end, v, ek))
                return False
            try:
                ipaddress.ip_address(v['address'])
            except (ValueError, TypeError):
                e.add('%s address %r is not numeric' % (end, v['address']))
            if not is_int(v['port']) or not 0 <= v['port'] <= 65535:
                e.add('%s port %r' % (end, v['port']))
            for k in ('host', 'service'):
                if k in v and not (isinstance(v[k], str) and v[k]):
                    e.add('%s %s %r' % (end, k, v[k]))
            if 'service' in v and (v['service'] == '*') != (v['port'] == 0):
                e.add('%s service %r for port %r' % (end, v['service'], v['port']))
            if not e.hard:
                consistent(end, v, p, e)
        st = j['state']
        base = p.rstrip('46')
        if base == 'tcp' and st not in TCP_STATES:
            e.add('tcp state %r' % (st,))
        if base in ('udp', 'udpl') and st not in (None, 'ESTABLISHED'):
            e.add('%s state %r' % (p, st))
        if base == 'raw' and not (isinstance(st, str) and st.isdigit()):
            e.add('raw state %r, want a number as a string' % (st,))
        if 'user' in j and j['user'] is not None and not (isinstance(j['user'], str) and j['user']):
            e.add('user %r' % (j['user'],))
        if 'timer' in j:
            t = j['timer']
            if not isinstance(t, dict) or list(t) != ['kind', 'seconds', 'retransmits', 'probes'] \
                    or not isinstance(t['kind'], str) \
                    or not isinstance(t['seconds'], decimal.Decimal) \
                    or not is_int(t['retransmits']) or not is_int(t['probes']):
                e.add('timer %r' % (t,))
        if 'v6only' in j:
            want6 = bool(int(ctx.v6only[str(j['inode'])]))
            if j['v6only'] is not want6:
                e.add('v6only %r, sock_diag says %r' % (j['v6only'], want6))
            a = j['local']['address']
            dual = not want6 and (a == '::' or '.' in a)
            if p.endswith('46') != dual:
                e.add('proto %s for a socket with IPV6_V6ONLY %d on %s' % (p, want6, a))
        elif p.endswith('46'):
            e.add('proto %s without v6only' % p)
    if o.prog:
        pid, prog = j['pid'], j['program']
        if pid is None:
            if prog is not None or j.get('exe') is not None or j.get('cmdline') is not None:
                e.add('no pid, but program %r exe %r cmdline %r' % (prog, j.get('exe'), j.get('cmdline')))
        elif not is_int(pid) or pid <= 0:
            e.add('pid %r' % (pid,))
        else:
            pr = proc(pid)
            if pr is None:
                e.add('pid %d: no such process' % pid)
            else:
                if j['inode'] not in pr['socks']:
                    e.add('pid %d does not hold socket inode %s' % (pid, j['inode']))
                if o.exe and pr['exe'] is not None:
                    want = dec(pr['exe'].rsplit(b'/', 1)[-1])
                else:
                    want = dec(argv0_name(pr['cmdline']))
                if prog != want:
                    e.add('pid %d: program %s, want %s' % (pid, short(prog), short(want)))
                if o.exe:
                    want = None if pr['exe'] is None else dec(pr['exe'])
                    if j['exe'] != want:
                        e.add('pid %d: exe %s, want %s' % (pid, short(j['exe']), short(want)))
                if o.cmdline:
                    want = dec(pr['cmdline'].rstrip(b'\0').replace(b'\0', b' '))
                    if j['cmdline'] != want:
                        e.add('pid %d: cmdline %s, want %s' % (pid, short(j['cmdline']), short(want)))
    return True


_names = {}


def names(f, key, val):
    """{name: set of values} of /etc/hosts (address) or /etc/services,
    /etc/protocols (number), for the names netstat may print"""
    if f not in _names:
        d = _names[f] = {}
        try:
            lines = open(f, encoding='latin-1').read().splitlines()
        except OSError:
            lines = []
        for line in lines:
            w = line.split('#', 1)[0].split()
            if len(w) < 2:
                continue
            try:
                v = val(w)
            except ValueError:
                continue
            for n in key(w):
                d.setdefault(n, set()).add(v)
    return _names[f]


def consistent(end, v, proto, e):
    """host and service name the address and port (the namespace's DNS
    answers nothing: names come from /etc/hosts)"""
    a = ipaddress.ip_address(v['address'])
    h = v.get('host')
    if h is not None:
        lit = h[1:-1] if h.startswith('[') and h.endswith(']') else h
        try:
            ok = ipaddress.ip_address(lit) == a
        except ValueError:
            hosts = names('/etc/hosts', lambda w: w[1:], lambda w: ipaddress.ip_address(w[0]))
            ok = a in hosts.get(h, ())
        if not ok:
            e.add('%s host %r does not name %s' % (end, h, v['address']))
    sv = v.get('service')
    if sv is not None and sv != '*' and sv != str(v['port']):
        if proto.startswith('raw'):
            nums = names('/etc/protocols', lambda w: [w[0]] + w[2:], lambda w: int(w[1]))
        else:
            nums = names('/etc/services', lambda w: [w[0]] + w[2:],
                         lambda w: int(w[1].split('/')[0]))
        if v['port'] not in nums.get(sv, ()):
            e.add('%s service %r does not name port %s' % (end, sv, v['port']))


def check_end(txt, v, o, name, e):
    h, _, s = txt.rpartition(':')
    port = v['port']
    want_s = ('*' if port == 0 else str(port)) if o.numports else v.get('service')
    if s != want_s:
        e.add('%s: the text shows port %r, the document %r' % (name, s, want_s))
    shown = v['address'] if o.numhosts else v.get('host')
    if not isinstance(shown, str):
        return
    if not o.wide and len(shown) + len(s) > 22:
        shown = shown[:max(0, 22 - len(s))]
    if h != shown:
        e.add('%s: the text shows host %r, the document %r' % (name, h, shown))


def num(t, j, partner, what, e):
    """the document's number j against the text's t, bracketed by the
    partner run's value (None: exact)"""
    if j == t:
        return
    if partner is not None and min(t, partner) <= j <= max(t, partner):
        return
    e.add('%s: the text %s%s, the document %s' %
          (what, t, '' if partner is None else ' (then %s)' % partner, j), partner is not None)


def check_prog(t, j, ctx, ref, e):
    pid = j.get('pid')
    if pid is None:
        if t != '-':
            e.add('PID/Program name %r, the document has no pid' % t)
        return
    if not t.startswith('%d/' % pid):
        e.add('PID/Program name %r, the document pid %r' % (t, pid))
        return
    if ref and 'noprog' in ctx.flags:
        return
    prog = j.get('program')
    if printable(prog) and not (ref and '\\' in prog):
        want = prog_field(pid, prog, ctx.o.exe and not ref).rstrip(' ')
        if t != want:
            e.add('PID/Program name %r, from the document %r' % (t, want))


def user_name(uid):
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def check_inet(t, j, ctx, ref, partner, e):
    o = ctx.o
    proto = j['proto']
    if ref and 'dual' in ctx.flags and proto.endswith('46'):
        proto = proto[:-2] + '6'
    if t['proto'] != proto:
        e.add('proto: the text %r, the document %r' % (t['proto'], proto))
        return
    for k, tk in (('recv_q', 'rq'), ('send_q', 'sq')):
        if t[tk] != str(j[k]):
            e.add('%s: the text %s, the document %r' % (k, t[tk], j[k]))
    check_end(t['local'], j['local'], o, 'local', e)
    check_end(t['foreign'], j['foreign'], o, 'foreign', e)
    if t['state'] != j['state']:
        e.add('state: the text %r, the document %r' % (t['state'], j['state']))
    if 'user' in t:
        if 'user' in j:
            want = j['user'] if j['user'] is not None else str(j['uid'])
        elif ref and not o.numusers:  # net-tools' -e, the document without
            want = user_name(j['uid'])
        else:
            want = str(j['uid'])
        if t['user'] != want:
            e.add('User: the text %r, the document %r (uid %r)' % (t['user'], j.get('user'), j['uid']))
        if t['inode'] != str(j['inode']):
            e.add('Inode: the text %s, the document %r' % (t['inode'], j['inode']))
    if 'prog' in t:
        check_prog(t['prog'], j, ctx, ref, e)
    if 'timer' in t:
        jt = j.get('timer')
        if not isinstance(jt, dict):
            e.add('the text shows a timer, the document has none')
        else:
            if t['timer'][0] != jt['kind']:
                e.add('timer kind: the text %r, the document %r' % (t['timer'][0], jt['kind']))
            if not ref:
                pt = partner.get('timer') if partner else None
                for i, k in ((1, 'seconds'), (2, 'retransmits'), (3, 'probes')):
                    num(t['timer'][i], jt[k], pt[i] if pt else None, 'timer ' + k, e)
    if 'cmdline' in t:
        c = j.get('cmdline')
        if c is None:
            if t['cmdline'] != '-':
                e.add('Command line %r, the document null' % t['cmdline'])
        elif printable(c) and t['cmdline'] != esc(c):
            e.add('Command line %r, the document %r' % (t['cmdline'], c))


def check_unix(t, j, ctx, ref, e):
    if j['proto'] != 'unix':
        e.add('a unix row in the text, %r in the document' % j['proto'])
        return
    if t['refcnt'] != str(j['refcnt']):
        e.add('RefCnt: the text %s, the document %r' % (t['refcnt'], j['refcnt']))
    if t['flags'] != j['flags']:
        e.add('Flags: the text %r, the document %r' % (t['flags'], j['flags']))
    if t['type'] != j['type']:
        e.add('Type: the text %r, the document %r' % (t['type'], j['type']))
    if t['state'] != j['state']:
        e.add('State: the text %r, the document %r' % (t['state'], j['state']))
    if t['inode'] != str(j['inode']):
        e.add('I-Node: the text %s, the document %r' % (t['inode'], j['inode']))
    if 'prog' in t:
        check_prog(t['prog'], j, ctx, ref, e)
    path = j['path'] or ''
    if ref:  # net-tools cuts paths at the first blank (README: Deviations)
        if printable(path) and ' ' not in path and '\\' not in path and t['tail'] != path:
            e.add('Path: net-tools %r, the document %r' % (t['tail'], j['path']))
        return
    if not printable(path):
        return
    want = esc(path)
    if t['has_cmdline']:
        c = j.get('cmdline')
        if c is not None and not printable(c):
            return
        want += ' ' + (esc(c) if c is not None else '-')
    if t['tail'] != want:
        e.add('Path%s: the text %r, from the document %r' %
              (' and Command line' if t['has_cmdline'] else '', t['tail'], want))


def table_value(w):
    """a word of the text (bytes as latin-1) as the document must have it"""
    if w == '-':
        return None
    if re.fullmatch(r'-?\d+', w):
        return int(w)
    return dec(w.encode('latin-1'))  # interface names are the kernel's bytes


def check_table(t, j, partner, ref, e):
    if not isinstance(j, dict):
        e.add('a table row is not an object: %r' % (j,))
        return
    keys = [k for k, _ in t['pairs']]
    if list(j) != keys:
        e.add('keys %s, the text has %s' % (list(j), keys))
        return
    pw = dict(partner['pairs']) if partner and partner.get('kind') == 'table' else {}
    for k, w in t['pairs']:
        want, got = table_value(w), j[k]
        if is_int(want):
            if not is_int(got):
                e.add('%s: the text %s, the document %r' % (k, w, got))
            elif not ref:
                p = table_value(pw[k]) if k in pw else None
                num(want, got, p if is_int(p) else None, k, e)
        elif got != want or type(got) is not type(want):
            e.add('%s: the text %r, the document %r' % (k, w, got))


def compare(t, j, ctx, ref, partner):
    e = Errs()
    try:
        compare1(t, j, ctx, ref, partner, e)
    except (KeyError, TypeError, AttributeError, ValueError) as x:
        e.add('cannot compare (%s: %s)' % (type(x).__name__, x))
    return e


def compare1(t, j, ctx, ref, partner, e):
    if t['kind'] == 'table':
        check_table(t, j, partner, ref, e)
    elif not isinstance(j, dict) or 'proto' not in j:
        e.add('a socket row in the text, %r in the document' % (j,))
    elif t['kind'] == 'unix':
        check_unix(t, j, ctx, ref, e)
    elif j['proto'] == 'unix':
        e.add('an inet row in the text, a unix row in the document')
    else:
        check_inet(t, j, ctx, ref, partner, e)


def short(x, n=120):
    """repr(x), its middle left out if long (differences are near the end)"""
    r = repr(x)
    return r if len(r) <= n else r[:n // 3] + '...' + r[-(2 * n // 3):]


def clip(x, n=300):
    s = x if isinstance(x, str) else json.dumps(x, default=str)
    return s if len(s) <= n else s[:n] + '...'


# ---- the checks ----------------------------------------------------------

def read(path, default=b''):
    try:
        return open(path, 'rb').read()
    except OSError:
        return default


def same_streams(d, a, b, out):
    """stderr and exit status of run b are those of run a"""
    ok = True
    if read(os.path.join(d, a + '.rc')) != read(os.path.join(d, b + '.rc')):
        out.append('exit status %s without --json, %s with it' %
                   (read(os.path.join(d, a + '.rc')).strip().decode(),
                    read(os.path.join(d, b + '.rc')).strip().decode()))
        ok = False
    ea, eb = read(os.path.join(d, a + '.err')), read(os.path.join(d, b + '.err'))
    # what the text says on stdout that is no row (net-tools' notes: "AX.25
    # not configured in this system.") goes to stderr with --json, so that
    # stdout holds the document alone: stderr is the text's with those lines
    notes = read(os.path.join(d, a + '.out')).split(b'\n')
    la, lb = ea.split(b'\n'), eb.split(b'\n')
    moved = [l for l in lb if l not in la]
    if all(l in notes for l in moved) and [l for l in lb if l not in moved] == la:
        eb = ea
    if ea != eb:
        out.append('stderr without --json %r, with it %r' % (clip(ea.decode('latin-1'), 400),
                                                            clip(eb.decode('latin-1'), 400)))
        ok = False
    return ok


def empty_doc(doc):
    return doc == [] or doc == {}


def check_rows(doc, text_items, ctx, partners, ref_items, out, moving):
    """doc against our text's rows (one by one), and against net-tools'"""
    n = 0
    for i, j in enumerate(doc):
        e = Errs()
        if isinstance(j, dict) and 'proto' in j:
            check_json_row(j, ctx, e)
        if i < len(text_items) and not e.hard:
            p = partners[i] if partners and i < len(partners) else None
            e2 = compare(text_items[i], j, ctx, False, p)
            e.hard += e2.hard
            e.moving += e2.moving
        n += bool(e)
        if n > MAXERR:
            continue  # enough said, but the rest may still fail for good
        for m in e.hard:
            out.append('row %d: %s\n    text:     %s\n    document: %s' %
                       (i + 1, m, clip(text_items[i]['line']) if i < len(text_items) else '-', clip(j)))
        for m in e.moving:
            moving.append('row %d: %s' % (i + 1, m))
    if len(doc) != len(text_items):
        out.append('%d rows in the document, %d in the text' % (len(doc), len(text_items)))
    if ref_items is None:
        return
    if 'subseq' in ctx.flags:
        k = 0
        for i, j in enumerate(doc):
            while k < len(ref_items) and compare(ref_items[k], j, ctx, True, None):
                k += 1
            if k == len(ref_items):
                out.append("row %d is not among net-tools' rows (in order): %s" % (i + 1, clip(j)))
                return
            k += 1
        return
    if len(doc) != len(ref_items):
        out.append('%d rows in the document, %d in net-tools\' text' % (len(doc), len(ref_items)))
    n = 0
    for i, (t, j) in enumerate(zip(ref_items, doc)):
        e = compare(t, j, ctx, True, None)
        for m in e.hard + e.moving:
            out.append('row %d, net-tools: %s\n    net-tools: %s\n    document:  %s' %
                       (i + 1, m, clip(t['line']), clip(j)))
            n += 1
        if n >= MAXERR:
            out.append('(and more)')
            return


def check_list(d, ctx, out, moving, ref=True, doc_out=None):
    same_streams(d, 'bin', 'bin2', out)
    raw = read(os.path.join(d, 'bin2.out'))
    rows_f = 'bin1.out' if os.path.exists(os.path.join(d, 'bin1.out')) else 'bin.out'
    text_items, terrs = parse_text(read(os.path.join(d, rows_f)))
    out += ['our text: ' + m for m in terrs]
    if not read(os.path.join(d, 'bin.out')) and read(os.path.join(d, 'bin.rc')).strip() != b'0':
        # no listing: no document, or one without rows
        if raw:
            doc, errs = load_doc(raw)
            out += errs
            if doc is not None and not empty_doc(doc):
                out.append('no listing in the text, the document %s' % clip(doc))
        return None
    doc, errs = load_doc(raw)
    out += errs
    if doc is None:
        return None
    if not isinstance(doc, list):
        out.append('the document is not an array: %s' % clip(doc))
        return None
    if doc_out is not None:
        doc_out.append((raw, doc))
    ref_items = None
    if ref and os.path.exists(os.path.join(d, 'ref.out')):
        ref_items, rerrs = parse_text(read(os.path.join(d, 'ref.out')))
        out += ["net-tools' text: " + m for m in rerrs]
    if 'after' in ctx.flags:
        partners, perrs = parse_text(read(os.path.join(d, 'bin3.out')))
    elif ref_items is not None and 'subseq' not in ctx.flags:
        partners = ref_items
    else:
        partners = None
    check_rows(doc, text_items, ctx, partners, ref_items, out, moving)
    return doc


# ---- statistics ------------------------------------------------------------

def kernel_counters(d):
    """{section: [(name, value)]} of the counter files copied to d"""
    secs = {}
    for f in ('snmp', 'netstat'):
        lines = read(os.path.join(d, f)).decode('latin-1').splitlines()
        for a, b in zip(lines[0::2], lines[1::2]):
            ka, kb = a.split(), b.split()
            if not ka or ka[0] != kb[0] or len(ka) != len(kb):
                die('cannot read %s/%s: %r %r' % (d, f, a, b))
            secs[ka[0].rstrip(':')] = [(k, int(v)) for k, v in zip(ka[1:], kb[1:])]
    for f, sec_of in (('snmp6', lambda n: n[:n.index('6') + 1] if '6' in n else None),
                      ('sctp_snmp', lambda n: 'Sctp')):
        for line in read(os.path.join(d, f)).decode('latin-1').splitlines():
            w = line.split()
            if len(w) == 2 and sec_of(w[0]):
                secs.setdefault(sec_of(w[0]), []).append((w[0], int(w[1])))
    return secs


def text_sections(b):
    return [ln[:-1] for ln in b.decode('latin-1').split('\n') if re.fullmatch(r'[A-Za-z0-9]+:', ln)]


def check_stats(d, out, moving):
    same_streams(d, 'bin', 'bin2', out)
    text = read(os.path.join(d, 'bin.out'))
    secs = text_sections(text)
    rsecs = text_sections(read(os.path.join(d, 'ref.out')))
    if rsecs != secs:
        out.append("sections: ours %s, net-tools' %s" % (secs, rsecs))
    raw = read(os.path.join(d, 'bin2.out'))
    if not raw and not secs and read(os.path.join(d, 'bin.rc')).strip() != b'0':
        return
    doc, errs = load_doc(raw)
    out += errs
    if doc is None:
        return
    if not isinstance(doc, dict):
        out.append('the document is not an object: %s' % clip(doc))
        return
    if list(doc) != secs:
        out.append('sections %s, the text prints %s' % (list(doc), secs))
    pre, post = kernel_counters(os.path.join(d, 'pre')), kernel_counters(os.path.join(d, 'post'))
    for sec, cs in doc.items():
        if sec not in pre or sec not in post:
            out.append('section %s is in no counter file' % sec)
            continue
        if not isinstance(cs, dict):
            out.append('section %s is not an object' % sec)
            continue
        names = [k for k, _ in pre[sec]]
        if list(cs) != names or [k for k, _ in post[sec]] != names:
            out.append('section %s: counters %s, the kernel has %s' % (sec, list(cs), names))
            continue
        for (k, a), (_, b) in zip(pre[sec], post[sec]):
            v = cs[k]
            if not is_int(v):
                out.append('%s %s: %r is not an integer' % (sec, k, v))
            elif not min(a, b) <= v <= max(a, b):
                moving.append('%s %s: %d, the kernel %d before and %d after' % (sec, k, v, a, b))


# ---- the hostile population ----------------------------------------------

def kernel_view(name):
    """a unix socket's name as /proc/net/unix shows it: abstract with '@'
    for each NUL; a path up to a newline (the kernel's line ends there)"""
    if name[:1] == b'\0':
        return b'@' + name[1:].replace(b'\0', b'@')
    return name.split(b'\n')[0]


def hostile(d, uid, manifest, ctx, out, moving):
    docs = []
    check_list(d, ctx, out, moving, ref=False, doc_out=docs)
    if not docs:
        out.append('no document to check the hostile names in')
        return
    raw, doc = docs[0]
    text = norm_escapes(raw[:-1].decode('utf-8', 'replace'))
    m = json.load(open(manifest))
    rows = [r for r in doc if isinstance(r, dict)]
    o = ctx.o
    names = o.prog and not o.exe  # program names from argv[0]

    def frag(f, what):
        if f not in text:
            out.append('%s: the document does not hold %s' % (what, short(f, 240)))

    def qs(b):
        return 'null' if b is None else '"%s"' % enc(b)

    if o.short.get('x'):
        by_inode = {r.get('inode'): r for r in rows if r.get('proto') == 'unix'}
        for s in m['socks']:
            name = bytes.fromhex(s['name'])
            view = kernel_view(name)
            r = by_inode.get(s['inode'])
            what = 'unix socket %s' % short(name, 60)
            if r is None:
                out.append('%s (inode %d): no row' % (what, s['inode']))
                continue
            if r.get('path') != dec(view):
                out.append('%s: path %s, want %s' % (what, short(r.get('path')), short(dec(view))))
            frag('"inode":%d,"path":%s' % (s['inode'], qs(view)), what)
    for p in m['procs']:
        argv = [bytes.fromhex(a) for a in p['argv']]
        title = bytes.fromhex(p['title']) if p['title'] else None
        exe = bytes.fromhex(p['exe'])
        # -p's name: argv[0] as net-tools reads it, in the first 511 bytes
        a0 = (title if title is not None else argv[0])[:511]
        if a0.startswith(b'/'):
            a0 = a0.rsplit(b'/', 1)[1]
        cmd = title if title is not None else b' '.join(argv)
        seen = uid == 0 or uid == p['uid']
        what = 'process %s (uid %d)' % (short(title or argv[0], 60), p['uid'])
        pid = p['pid'] if seen else None
        if o.short.get('x') and names:
            at = '@oddproc-%d' % p['port']
            r = [r for r in rows if r.get('proto') == 'unix' and r.get('path') == at]
            if len(r) != 1:
                out.append('%s: %d rows for %s' % (what, len(r), at))
            else:
                got, want = (r[0].get('pid'), r[0].get('program')), (pid, seen and dec(a0) or None)
                if got != want:
                    out.append('%s: pid, program %s, want %s' % (what, short(got), short(want)))
                frag('"path":"%s","pid":%s,"program":%s' %
                     (at, json.dumps(pid), qs(a0 if seen else None)), what)
        if not o.short.get('t'):
            continue
        r = [r for r in rows if r.get('proto') == 'tcp' and r.get('state') == 'LISTEN'
             and r.get('local', {}).get('port') == p['port']]
        if len(r) != 1:
            out.append('%s: %d tcp listeners on port %d' % (what, len(r), p['port']))
            continue
        r = r[0]
        if r.get('uid') != p['uid']:
            out.append('%s: uid %r' % (what, r.get('uid')))
        if o.ext and not o.numusers:
            want = user_name(p['uid'])
            want = None if want == str(p['uid']) else want
            if r.get('user', '-') != want:
                out.append('%s: user %r, want %r' % (what, r.get('user', '-'), want))
        if names:
            got = (r.get('pid'), r.get('program'), r.get('cmdline'))
            want = (pid, dec(a0), dec(cmd)) if seen else (None, None, None)
            f = '"pid":%s,"program":%s' % (json.dumps(pid), qs(a0 if seen else None))
            if not o.cmdline:
                got, want = got[:2], want[:2]
            else:
                f += ',"cmdline":%s' % qs(cmd if seen else None)
            if got != want:
                out.append('%s: pid, program%s %s, want %s' %
                           (what, ', cmdline' if o.cmdline else '', short(got, 240), short(want, 240)))
            frag(f, what)
        if o.exe:
            got = (r.get('pid'), r.get('program'), r.get('exe'))
            want = (pid, dec(exe.rsplit(b'/', 1)[1]), dec(exe)) if seen else (None, None, None)
            if got != want:
                out.append('%s: pid, program, exe %s, want %s' % (what, short(got, 240), short(want, 240)))
            frag('"pid":%s,"program":%s,"exe":%s' %
                 (json.dumps(pid), qs(exe.rsplit(b'/', 1)[1] if seen else None),
                  qs(exe if seen else None)), what)


# ---- -c ----------------------------------------------------------------------

def continuous(d, ctx, out, moving):
    for r in ('bin', 'bin2'):
        rc = read(os.path.join(d, r + '.rc')).strip()
        if rc != b'124':
            out.append('%s: exit status %s, want 124 (stopped by timeout)' %
                       ('-c' if r == 'bin' else '--json -c', rc.decode()))
    e = read(os.path.join(d, 'bin.err'))
    if read(os.path.join(d, 'bin2.err')) != e:
        out.append('stderr without --json %r, with it %r' % (e, read(os.path.join(d, 'bin2.err'))))
    raw = read(os.path.join(d, 'bin2.out'))
    if not raw.endswith(b'\n'):
        out.append('the output does not end with a newline: a round cut short')
    lines = raw.split(b'\n')[:-1]
    rounds = read(os.path.join(d, 'bin.out')).count(b'Active Internet connections')
    if len(lines) < 2 or abs(len(lines) - rounds) > 1:
        out.append('%d documents in ~2.5 s, and %d rounds of text' % (len(lines), rounds))
    items, terrs = parse_text(read(os.path.join(d, 'bin1.out')))
    out += ['our text: ' + m for m in terrs]
    for k, line in enumerate(lines):
        doc, errs = load_doc(line + b'\n')
        out += ['document %d: %s' % (k + 1, m) for m in errs]
        if doc is None:
            continue
        if not isinstance(doc, list):
            out.append('document %d is not an array' % (k + 1))
            continue
        o2 = []
        check_rows(doc, items, ctx, None, None, o2, moving)
        out += ['document %d: %s' % (k + 1, m) for m in o2]


# ---- the population --------------------------------------------------------

# argv[0], the other arguments, a title to overwrite the argv area with
PROCS = [
    (b'nl\nname', [b'two\nlines'], None),
    (b'esc\x1b[31mred\x1b[0m', [b'\x1b]0;t\x07'], None),
    (b'quote"back\\slash', [b'"', b'\\'], None),
    (b'inv\xff\xfe-utf8', [b'\xfe\xff'], None),
    (b'caf\xc3\xa9-\xe2\x82\xac-\xf0\x9f\x98\x80', [b'na\xc3\xafve'], None),
    (b'c1\xc2\x9bctl\xc2\x85', [b'\xc2\x80\xc2\x9f\xc2\xa0'], None),
    (b'del\x7ftab\tcr\rbs\x08', [b'', b'after-empty'], None),
    (b'/opt/x\ny/tool\x1b"\\\xff', [b'--opt=v\x01'], None),
    (b'edge\xe2\x82(\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xc3', [b'end'], None),
    (b'long-' + b'\xe2\x94\x80' * 60 + b'-\xff-end', [b'x' * 300], None),
    (b'oddproc-title', [b'--long-argument-to-make-room-for-the-title-' + b'x' * 40],
     b'svc: \xe2\x9c\x93 "w" \\ \x1b \xc2\x9b \xff'),
    (b'plain-ascii', [b'--with', b'args'], None),
    # longer than net-tools' 511-byte buffer, a character across its end
    (b'a' * 510 + b'\xc3\xa9-argv0-of-more-than-511-bytes', [b'x'], None),
]
PATHS = [b'nl\nx', b'esc\x1b"q\\', b'inv\xff\xfe', b'utf\xc3\xa9\xe2\x82\xac', b'c1\xc2\x9bz',
         b'sp ace\ttab', b'del\x7f\x01']
TAIL = b'\xff\x1b"\\\xc2\x9b\xc3\xa9'
ABSTRACT = [b'\0json\0nul\0\0end', b'\0abs\x1b"\\\xff\xc2\x9b\xc3\xa9\x7f',
            b'\0' + b'A' * (107 - len(TAIL)) + TAIL]
PORT0 = 30100  # below the ephemeral ports (32768-): no clash with a connection


def pop(d, oddproc):
    h = os.path.join(d, 'h')
    os.mkdir(h, 0o755)
    keep, socks, procs, kids = [], [], [], []

    def usock(typ, name):
        s = socket.socket(socket.AF_UNIX, typ)
        s.bind(name)
        if typ == socket.SOCK_STREAM:
            s.listen(4)
        keep.append(s)
        socks.append({'inode': os.fstat(s.fileno()).st_ino, 'name': name.hex()})

    hb = h.encode() + b'/'
    for i, n in enumerate(PATHS):
        usock(socket.SOCK_STREAM if i % 2 == 0 else socket.SOCK_DGRAM, hb + n)
    usock(socket.SOCK_DGRAM, hb + b'L' * (107 - len(hb) - len(TAIL)) + TAIL)
    for i, n in enumerate(ABSTRACT):
        usock(socket.SOCK_STREAM if i % 2 else socket.SOCK_DGRAM, n)

    def spawn(argv, uid, title=None, exe=oddproc.encode(), deleted=False):
        port = PORT0 + len(procs)
        env = {b'ODD_PORT': str(port).encode()}
        if title:
            env[b'ODD_TITLE'] = title

        def demote():
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
        p = subprocess.Popen(argv, executable=exe, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, cwd='/', preexec_fn=demote if uid else None)
        kids.append(p)
        if p.stdout.readline() != b'r\n':
            die('pop: process %r did not start' % argv[0])
        if deleted:
            os.unlink(exe)
            exe += b' (deleted)'
        procs.append({'pid': p.pid, 'uid': uid, 'port': port, 'argv': [a.hex() for a in argv],
                      'title': title.hex() if title else None, 'exe': exe.hex()})

    for i, (a0, rest, title) in enumerate(PROCS):
        spawn([a0] + rest, 65534 if i % 2 else 0, title)
    # an owner /etc/passwd does not name (-e: "user": null)
    nobody = next(u for u in range(4242, 5000) if not has_user(u))
    spawn([b'no-passwd-user'], nobody)
    # a program whose file is gone (--exe: " (deleted)"), in an odd directory
    x = os.path.join(d.encode(), b'x\xff\x1b"dir')
    os.mkdir(x, 0o755)
    dele = os.path.join(x, b'oddproc-deleted-binary')
    with open(oddproc, 'rb') as f, open(dele, 'wb') as g:
        g.write(f.read())
    os.chmod(dele, 0o755)
    spawn([dele, b'--deleted'], 0, exe=dele, deleted=True)
    with open(os.path.join(d, 'hostile.json'), 'w') as f:
        json.dump({'socks': socks, 'procs': procs}, f)
    print('ready', flush=True)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    try:
        while sys.stdin.buffer.read(256):
            pass
    finally:
        for p in kids:
            p.kill()
            p.wait()


def keepalive():
    """a TCP connection with SO_KEEPALIVE at both ends (-o: "keepalive"),
    "ready" on stdout when it exists; runs until stdin EOF"""
    lst = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lst.bind(('127.0.0.1', PORT0 - 1))
    lst.listen(4)
    c = socket.create_connection(('127.0.0.1', PORT0 - 1))
    a, _ = lst.accept()
    for x in (c, a):
        x.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    print('ready', flush=True)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    while sys.stdin.buffer.read(256):
        pass


def has_user(uid):
    try:
        pwd.getpwuid(uid)
        return True
    except KeyError:
        return False


# ---- main ----------------------------------------------------------------

def check_all(planf, d, v6, want):
    v6only = json.load(open(v6))
    for line in open(planf):
        n, kind, args, jargs, rargs, fargs, flags = line.rstrip('\n').split('|')
        if want and n not in want:
            continue
        cd = os.path.join(d, n)
        out, moving = [], []
        try:
            if kind == 'stats':
                check_stats(cd, out, moving)
            else:
                check_list(cd, Ctx(Opts(args.split()), flags.split(','), v6only), out, moving)
        except Exception as x:  # a bug here, or output that breaks it
            out.append('jsoncheck.py: %s: %s' % (type(x).__name__, x))
        with open(os.path.join(cd, 'msg'), 'w') as f:
            f.write(''.join(m + '\n' for m in out[:40]))
            if not out:
                f.write(''.join('(moving) %s\n' % m for m in moving[:20]))
        print('%s %d' % (n, 1 if out else 3 if moving else 0))


def report(out, moving):
    for m in out[:40]:
        print(m)
    if not out:
        for m in moving[:20]:
            print('(moving) ' + m)
    sys.stdout.flush()
    sys.exit(1 if out else 3 if moving else 0)


def main():
    if len(sys.argv) < 2:
        die('usage: jsoncheck.py plan|check-all|hostile|continuous|keepalive|pop ...')
    cmd, a = sys.argv[1], sys.argv[2:]
    out, moving = [], []
    if cmd == 'plan':
        plan_all(a[0])
        return
    if cmd == 'pop':
        pop(a[0], a[1])
        return
    if cmd == 'keepalive':
        keepalive()
        return
    if cmd == 'check-all':
        check_all(*a[:3], want=set(a[3:]))
        return
    if cmd == 'hostile':
        d, uid, manifest, v6 = a[:4]
        ctx = Ctx(Opts(a[4:]), [], json.load(open(v6)))
        hostile(d, int(uid), manifest, ctx, out, moving)
        out += moving  # no second try: the hostile rows do not move
        moving = []
    elif cmd == 'continuous':
        d, v6 = a[:2]
        ctx = Ctx(Opts(['-tan']), [], json.load(open(v6)))
        continuous(d, ctx, out, moving)
        out += moving
        moving = []
    else:
        die('unknown command %s' % cmd)
    report(out, moving)


if __name__ == '__main__':
    main()
