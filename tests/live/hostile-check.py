#!/usr/bin/env python3
"""Checks of tests/live-hostile.sh (see its header), written from README's
rules, not from the C code.  Reuses tests/live/jsoncheck.py (strict JSON
loading, raw control checks, the JSON string rules) unchanged.

  hostile-check.py snapshot            "S PID INODE ARGV0HEX" for every socket
                                       fd of every process now
  hostile-check.py stress LOG DIR      part 1: every run DIR/N.{args,out,err,rc}
  hostile-check.py pop DIR PROC        part 2's population: DIR/manifest.json,
                                       "ready", runs until stdin EOF
  hostile-check.py hostile DIR MANIFEST  part 2: every run listed in DIR/runs
Each check prints "FAIL ..." lines when it fails; the last line of stress
and hostile is "counts PASS FAIL" (stress: and "runs R rows W").

SPDX-License-Identifier: 0BSD
"""
import json
import os
import re
import resource
import signal
import socket
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jsoncheck  # noqa: E402  (load_doc, raw_errors, enc, dec, kernel_view)
import textesc  # noqa: E402

WIDTH = 20   # the PID/Program name column, its text at most 19
PASS = [0]
FAIL = [0]


def check(ok, label, detail=()):
    if ok:
        PASS[0] += 1
        return True
    FAIL[0] += 1
    print('FAIL %s' % label)
    for d in list(detail)[:12]:
        print('  ' + d)
    return False


def short(b, n=160):
    r = repr(b)
    return r if len(r) <= n else r[:n] + '...(%d)' % len(b)


# ---- the text's escapes: textesc.py ----

utf8_char, units = textesc.utf8_char, textesc.units


_esc = {}


def esc(b):
    if len(b) > 4096:
        if b not in _esc:
            _esc[b] = b''.join(u for u, _ in units(b))
        return _esc[b]
    return b''.join(u for u, _ in units(b))


unesc = textesc.unesc


def cut(b, room, by):
    """escape b, whole units while they fit in room (by 'bytes' or 'cols')"""
    out, w = b'', 0
    for u, _ in units(b):
        k = len(u) if by == 'bytes' else len(u.decode('utf-8'))
        if w + k > room:
            break
        out += u
        w += k
    return out


def fields(pid, name):
    """the PID/Program name field as it may be printed, padded to the column:
    {variant: bytes}; 'bytes' counts bytes, 'cols' characters"""
    head = b'%d/' % pid
    r = {}
    for by in ('bytes', 'cols'):
        f = head + cut(name, WIDTH - 1 - len(head), by)
        w = len(f) if by == 'bytes' else len(f.decode('utf-8'))
        r[by] = f + b' ' * max(WIDTH - w, 0)
    return r


def display(argv0_area):
    """-p's name from the bytes of /proc/PID/cmdline: argv[0] within 511
    bytes, its basename if it starts with '/'"""
    a0 = argv0_area[:511].split(b'\0')[0]
    if a0.startswith(b'/'):
        a0 = a0.rsplit(b'/', 1)[1]
    return a0


def text_bytes_errors(raw):
    """what is wrong with the bytes of a text listing as a whole"""
    e = []
    bad = sorted({c for c in raw if (c < 0x20 and c != 10) or c == 0x7f})
    if bad:
        e.append('raw control bytes %s' % ', '.join('0x%02x' % c for c in bad))
    try:
        s = raw.decode('utf-8')
    except UnicodeDecodeError as x:
        e.append('not valid UTF-8 (%s)' % x)
    else:
        c1 = sorted({ord(c) for c in s if 0x80 <= ord(c) <= 0x9f})
        if c1:
            e.append('C1 code points %s' % ', '.join('U+%04X' % c for c in c1))
    if raw and not raw.endswith(b'\n'):
        e.append('does not end with a newline')
    return e


UNIX_RE = re.compile(rb'unix +(\d+) +\[ (?:[A-Z]+ )*\] +[A-Z]+ +(?:[A-Z_]+ +)?(\d+) ')
INET_RE = re.compile(rb'(tcp6?|udp6?|udpl6?|raw6?|tcp46|udp46) +(\d+) +(\d+) +(\S+) +(\S+) +(?:([A-Z][A-Z_0-9]*) +)?')
HEADERS = (b'Active Internet connections', b'Active UNIX domain sockets', b'Proto ')


def parse_rows(raw, ext):
    """(rows, errors) of a socket listing: each row {'kind', 'inode' (None
    if the text has none), 'local', 'state', 'at' (offset of the column after
    the fixed ones: the PID/Program name), 'line'}"""
    rows, errs = [], []
    for ln in raw.split(b'\n')[:-1]:
        if ln.startswith(HEADERS):
            continue
        m = UNIX_RE.match(ln)
        if m:
            ino = m.group(2)
            at = m.start(2) + max(8, len(ino)) + 1
            rows.append({'kind': 'unix', 'inode': int(ino), 'at': at, 'line': ln})
            continue
        m = INET_RE.match(ln)
        if m:
            r = {'kind': 'inet', 'proto': m.group(1).decode(), 'local': m.group(4).decode(),
                 'state': m.group(6), 'line': ln, 'inode': None, 'at': m.end()}
            if ext:
                m2 = re.compile(rb'(\S+) +(\d+) +').match(ln, m.end())
                if not m2:
                    errs.append('no User and Inode in %s' % short(ln))
                    continue
                r['inode'], r['at'] = int(m2.group(2)), m2.end()
            rows.append(r)
            continue
        errs.append('line is no header and no row: %s' % short(ln))
    return rows, errs


def prog_part(r):
    """(pid or None, name text) of a row's PID/Program name column"""
    t = r['line'][r['at']:]
    m = re.match(rb'(\d+)/', t)
    if not m:
        return None, t
    return int(m.group(1)), t[m.end():]


# ---- part 1: the stress ------------------------------------------------------

def stress(logf, d):
    names = {}   # (pid, inode) -> set of argv[0] area bytes
    for ln in open(logf):
        w = ln.split()
        if len(w) == 4 and w[0] == 'S':
            # b'': a process that is exiting shows an empty command line,
            # and net-tools then prints "PID/" with no name, as we do
            names.setdefault((int(w[1]), int(w[2])), {b''}).add(bytes.fromhex(w[3]))
    runs = sorted(int(f[:-5]) for f in os.listdir(d) if f.endswith('.args'))
    nrows = nruns = 0
    allowed_err = re.compile(rb'netstat: sock_diag: (udplite|raw)6?: [^\n]*\n')
    for n in runs:
        base = os.path.join(d, str(n))
        args = open(base + '.args').read().strip()
        rc = open(base + '.rc').read().strip()
        out = open(base + '.out', 'rb').read()
        err = open(base + '.err', 'rb').read()
        label = '[stress run %d] %s' % (n, args)
        nruns += 1
        why = {'124': 'hung (killed by timeout)', '137': 'hung (SIGKILLed by timeout)'}.get(rc)
        if why is None and rc.isdigit() and int(rc) > 128:
            why = 'died of signal %d' % (int(rc) - 128)
        check(rc == '0', label + ': exit status 0', ['exit status %s%s' % (rc, ', ' + why if why else '')])
        check(not allowed_err.sub(b'', err), label + ': stderr empty', [short(err, 400)])
        bad = []
        if '--json' in args:
            doc, errs = jsoncheck.load_doc(out)
            bad += errs
            if doc is not None and not isinstance(doc, list):
                bad.append('not an array')
            rows = []
            for j in doc if isinstance(doc, list) else []:
                if not isinstance(j, dict) or 'inode' not in j or 'pid' not in j or 'program' not in j:
                    bad.append('row without inode, pid, program: %s' % short(j))
                    continue
                if j['pid'] is None:
                    if j['program'] is not None:
                        bad.append('program without pid: %s' % short(j))
                    continue
                nrows += 1
                k = (j['pid'], j['inode'])
                if k not in names:
                    bad.append('pid %s inode %s: no process logged that pair (%s)' % (k[0], k[1], short(j, 300)))
                elif j['program'] not in {jsoncheck.dec(display(a)) for a in names[k]}:
                    bad.append('pid %s inode %s: program %r, the process had %s' %
                               (k[0], k[1], j['program'], sorted(display(a) for a in names[k])))
        else:
            bad += text_bytes_errors(out)
            rows, errs = parse_rows(out, ext=True)
            bad += errs
            for r in rows:
                pid, name = prog_part(r)
                if pid is None:
                    if r['kind'] == 'unix':
                        name = name[:WIDTH]
                    if name.rstrip(b' ') != b'-':
                        bad.append('PID/Program name column neither "-" nor PID/: %s' % short(r['line']))
                    continue
                nrows += 1
                if r['inode'] is None:
                    bad.append('no inode: %s' % short(r['line']))
                    continue
                k = (pid, r['inode'])
                if k not in names:
                    bad.append('pid %d inode %d: no process logged that pair: %s' % (pid, k[1], short(r['line'])))
                    continue
                field = r['line'][r['at']:]
                if r['kind'] == 'unix':
                    field = field[:WIDTH]
                want = set()
                for a in names[k]:
                    want |= {f.rstrip(b' ') for f in fields(pid, display(a)).values()}
                if field.rstrip(b' ') not in want:
                    bad.append('pid %d inode %d: %s, the process had %s' %
                               (pid, k[1], short(field), sorted(want)))
        check(not bad, label + ': rows well formed, each (pid, inode, name) logged', bad)
    print('counts %d %d runs %d rows %d' % (PASS[0], FAIL[0], nruns, nrows))


def snapshot():
    for p in os.listdir('/proc'):
        if not p.isdigit():
            continue
        try:
            cmd = open('/proc/%s/cmdline' % p, 'rb').read()
            for fd in os.listdir('/proc/%s/fd' % p):
                m = re.fullmatch(r'socket:\[(\d+)\]', os.readlink('/proc/%s/fd/%s' % (p, fd)))
                if m:
                    print('S %s %s %s' % (p, m.group(1), cmd.split(b'\0')[0].hex()))
        except OSError:
            continue


# ---- part 2: the hostile population ------------------------------------------

PORT0 = 30300
BIG_ARG = 131071      # MAX_ARG_STRLEN less the NUL
BIG_N = 16            # 16 arguments of 128 KiB: 2 MiB of argv


def big_arg(k):
    """128 KiB of mostly letters, and every byte 0x01-0xff now and then"""
    b = bytearray(b'%c' % (0x41 + k) * BIG_ARG)
    for i in range(0, BIG_ARG, 61):
        b[i] = 1 + (i // 61 + k) % 255
    return bytes(b)


PROCS = [  # argv, comm
    ([bytes(range(1, 256)), bytes(range(255, 0, -1)), b'\xc3\xa9\t\n'], b'\n\x1b\x9b\xff\xc3\xa9x'),
    ([b'nl\nname', b'two\nlines'], b'c\nomm'),
    ([b'esc\x1b[31mred\x1b[0m', b'\x1b]0;t\x07'], b'\x1b[2J'),
    ([b'c1\xc2\x9bctl\xc2\x85', b'\xc2\x80\xc2\x9f\xc2\xa0'], b'\xc2\x9b'),
    ([b'inv\xff\xfe-utf8', b'\xfe\xff'], b'\xff\xfe'),
    ([b'caf\xc3\xa9-\xe2\x82\xac-\xf0\x9f\x98\x80', b'na\xc3\xafve'], b'\xc3\xa9'),
    ([b'del\x7ftab\tcr\rbs\\x41', b'', b'after-empty'], b'\x7f'),
    ([b'/opt/x\ny/tool\x1b"\\\xff', b'--opt=v\x01'], None),
    ([b'edge\xe2\x82(\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xc3', b'end'], None),
    ([b'\xc3\xa9' * 20, b'x'], None),
    ([b'\xe2\x82\xac' * 10 + b'\xf0\x9f\x98\x80' * 5, b'x'], None),
    ([b'aaaaaaaaaaaa\x01\x01\x01\x01', b'x'], None),
    ([b'plain-ascii', b'--with', b'args'], b'\x1b]0;pwn\x07'),
    ([b'big-argv'] + [big_arg(k) for k in range(BIG_N)], None),
    ([b'title-loop', b'y' * 200], None),
]
TITLE = len(PROCS) - 1
BIG = len(PROCS) - 2
HEX = bytes(range(0x80, 0x100))
PATHS = [  # relative, exactly 108 bytes each (no NUL in sun_path)
    b'p108-nl\nafter-' + b'n' * 94,
    (b'p108-ctl\t\x1b\x7f\xc2\x9b\x9b' + HEX)[:108],
    (b'p108-utf8-\xc3\xa9\xe2\x82\xac-' + b'u' * 200)[:104] + b'\xf0\x9f\x98\x80',
    (b'p108-bs\\x41\r' + b'\x80\xff' * 60)[:108],
]
ABSTRACT = [  # after the NUL, 107 bytes each
    (b'a107\x00nul\x1b\t\x7f\x9b\xc2\x9b\xff\xc3\xa9' + b'z' * 120)[:107],
    (b'a107-nl\nafter' + b'y' * 120)[:107],
]


def bind108(s, p):
    """bind to all 108 bytes of sun_path, no NUL after them (Python's
    bind() takes at most 107 for a path)"""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    a = ctypes.create_string_buffer(2 + len(p))
    a[0:2] = socket.AF_UNIX.to_bytes(2, sys.byteorder)
    a[2:2 + len(p)] = p
    if libc.bind(s.fileno(), a, 2 + len(p)) < 0:
        e = ctypes.get_errno()
        raise OSError(e, os.strerror(e))


def pop(d, prog):
    h = os.path.join(d, 'h')
    os.makedirs(h, exist_ok=True)
    os.chdir(h)
    keep, socks, procs, kids = [], [], [], []
    for i, p in enumerate(PATHS + [b'\0' + a for a in ABSTRACT]):
        assert len(p) == 108, (i, len(p))
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM if i % 2 == 0 else socket.SOCK_DGRAM)
        bind108(s, p)
        if i % 2 == 0:
            s.listen(4)
        keep.append(s)
        socks.append({'kind': 'unix', 'inode': os.fstat(s.fileno()).st_ino, 'name': p.hex(),
                      'pid': os.getpid(), 'listen': True})

    def big_stack():
        resource.setrlimit(resource.RLIMIT_STACK, (64 << 20, 64 << 20))

    for i, (argv, comm) in enumerate(PROCS):
        port = PORT0 + i
        env = {b'HP_PORT': str(port).encode()}
        if comm:
            env[b'HP_COMM'] = comm.hex().encode()
        if i == TITLE:
            env[b'HP_TITLE'] = b'loop'
        p = subprocess.Popen(argv, executable=prog, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, cwd='/', preexec_fn=big_stack if i == BIG else None)
        kids.append(p)
        if p.stdout.readline() != b'r\n':
            jsoncheck.die('pop: process %d did not start' % i)
        ino = {}
        for fd in os.listdir('/proc/%d/fd' % p.pid):
            m = re.fullmatch(r'socket:\[(\d+)\]', os.readlink('/proc/%d/fd/%s' % (p.pid, fd)))
            if m:
                ino[int(fd)] = int(m.group(1))
        if len(ino) != 3:
            jsoncheck.die('pop: process %d holds %d sockets' % (i, len(ino)))
        # fds 3, 4, 5: tcp listener, udp, unix (hostile-proc.c's order)
        for fd, kind in ((3, 'tcp'), (4, 'udp'), (5, 'unix')):
            socks.append({'kind': kind, 'inode': ino[fd], 'port': port, 'pid': p.pid, 'proc': i,
                          'name': (b'\0hostile-%d' % port).hex() if kind == 'unix' else None,
                          'listen': True})
        procs.append({'pid': p.pid, 'index': i, 'port': port, 'title': i == TITLE})
    with open(os.path.join(d, 'manifest.json'), 'w') as f:
        json.dump({'socks': socks, 'procs': procs, 'self': os.getpid()}, f)
    print('ready', flush=True)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    try:
        while sys.stdin.buffer.read(256):
            pass
    finally:
        for p in kids:
            p.kill()
            p.wait()


_truth = {}


def truth(pid):
    """(cmdline bytes, exe bytes) of pid now (once: the title process's
    is not compared)"""
    if pid in _truth:
        return _truth[pid]
    _truth[pid] = truth1(pid)
    return _truth[pid]


def truth1(pid):
    try:
        c = open('/proc/%d/cmdline' % pid, 'rb').read()
    except OSError:
        c = None
    try:
        e = os.readlink(b'/proc/%d/exe' % pid)
    except OSError:
        e = None
    return c, e


def want_socks(man, args):
    """the manifest's sockets a listing of args shows"""
    words = args.split()
    opts = ''.join(w[1:] for w in words if w.startswith('-') and not w.startswith('--'))
    kinds = set()
    if 't' in opts:
        kinds.add('tcp')
    if 'u' in opts:
        kinds.add('udp')
    if 'x' in opts:
        kinds.add('unix')
    if not kinds:
        kinds = {'tcp', 'udp', 'unix'}
    r = [s for s in man['socks'] if s['kind'] in kinds]
    for w in words:
        if w.startswith('pid='):
            pids = {int(x) for x in w[4:].split(',')}
            r = [s for s in r if s['pid'] in pids]
        if w.startswith('cmd='):
            pre = os.fsencode(w[4:])
            r = [s for s in r if display(truth(s['pid'])[0] or b'').startswith(pre)]
    return r


def cmd_text(c):
    return c.rstrip(b'\0').replace(b'\0', b' ')


def kview(name):
    """a unix socket's name as /proc/net/unix shows it: abstract with '@'
    for each NUL; up to a newline (the kernel's line ends there), abstract
    names too (jsoncheck.kernel_view cuts paths only)"""
    return jsoncheck.kernel_view(name).split(b'\n')[0]


_dec = {}


def jdec(b):
    """jsoncheck.dec, once for each long string"""
    if len(b) < 4096:
        return jsoncheck.dec(b)
    if b not in _dec:
        _dec[b] = jsoncheck.dec(b)
    return _dec[b]


def hostile(d, manf):
    man = json.load(open(manf))
    by_inode = {s['inode']: s for s in man['socks']}
    title_pid = next(p['pid'] for p in man['procs'] if p['title'])
    big_pid = next(p['pid'] for p in man['procs'] if p['index'] == BIG)
    big_cmd = truth(big_pid)[0]
    check(big_cmd is not None and len(big_cmd) >= 2 << 20,
          '[population] the big process has 2 MiB of argv', ['%s bytes' % (len(big_cmd or b''))])
    variants = {}
    for line in open(os.path.join(d, 'runs')):
        n, kind, args = line.rstrip('\n').split('|', 2)
        args = os.fsdecode(bytes.fromhex(args))
        base = os.path.join(d, n)
        out = open(base + '.out', 'rb').read()
        err = open(base + '.err', 'rb').read()
        rc = open(base + '.rc').read().strip()
        label = '[hostile] netstat %s' % args
        words = args.split()
        ext = any(w.startswith('-') and not w.startswith('--') and 'e' in w for w in words)
        exe, cmdline = '--exe' in words, '--cmdline' in words
        want = want_socks(man, args)
        want_ino = sorted(s['inode'] for s in want)
        if kind == 'ref':   # net-tools with -e: its rows by inode, against the manifest
            rows = [int(m.group(2)) for m in UNIX_RE.finditer(out)] + \
                [int(m.group(1)) for m in re.finditer(rb'\n(?:tcp|udp)6? +\d+ +\d+ +\S+ +\S+ +(?:[A-Z_]+ +)?\S+ +(\d+) ', out)]
            check(sorted(rows) == want_ino, '[oracle] net-tools %s: the rows are the sockets made' % args,
                  ['net-tools %s' % sorted(set(rows) - set(want_ino)), 'made %s' % sorted(set(want_ino) - set(rows))])
            open(base + '.inodes', 'w').write(' '.join(map(str, sorted(rows))))
            continue
        check(rc == '0', label + ': exit status 0', ['exit status %s' % rc])
        ref = os.path.join(d, n + '.referr')
        if os.path.exists(ref):
            err = re.sub(rb'netstat: sock_diag: (raw|udplite)6?: [^\n]*\n', b'', err)
            check(err == open(ref, 'rb').read(), label + ": stderr is net-tools' (with -e)",
                  ['ours %s' % short(err), 'net-tools %s' % short(open(ref, 'rb').read())])
        if big_cmd and cmdline and any(s['pid'] == big_pid for s in want):
            nbig = sum(s['pid'] == big_pid for s in want)
            lim = 65536 + int(1.02 * sum(len(esc(cmd_text(truth(s['pid'])[0] or b''))) + 400
                                         for s in want if s['pid'] != title_pid)) + 2000 * len(want)
            check(len(out) <= lim, label + ': output no longer than the rows (the 2 MiB command line %d times)' % nbig,
                  ['%d bytes, at most %d' % (len(out), lim)])
        bad = []
        if kind == 'json':
            doc, errs = jsoncheck.load_doc(out)
            bad += errs
            rows = doc if isinstance(doc, list) else []
            got = sorted(r.get('inode') for r in rows if isinstance(r, dict))
            check(got == want_ino, label + ': one row per socket made',
                  ['extra %s' % sorted(set(got) - set(want_ino)), 'missing %s' % sorted(set(want_ino) - set(got))])
            for r in rows:
                s = by_inode.get(r.get('inode'))
                if s is None:
                    continue
                c, e = truth(s['pid'])
                if s['kind'] == 'unix' and r.get('path') != jdec(kview(bytes.fromhex(s['name']))):
                    bad.append('inode %d: path %s, want %s' % (s['inode'], short(r.get('path')),
                               short(jdec(kview(bytes.fromhex(s['name']))))))
                if r.get('pid') != s['pid']:
                    bad.append('inode %d: pid %s, want %d' % (s['inode'], r.get('pid'), s['pid']))
                    continue
                prog = r.get('program')
                if s['pid'] == title_pid:
                    if not isinstance(prog, str) or '\0' in prog or len(prog) > 511:
                        bad.append('title process: program %s' % short(prog))
                    continue
                wp = jdec(e.rsplit(b'/', 1)[1]) if exe else jdec(display(c))
                if prog != wp:
                    bad.append('pid %d: program %s, want %s' % (s['pid'], short(prog), short(wp)))
                if exe and r.get('exe') != jdec(e):
                    bad.append('pid %d: exe %s, want %s' % (s['pid'], short(r.get('exe')), short(jdec(e))))
                if cmdline and r.get('cmdline') != jdec(cmd_text(c)):
                    bad.append('pid %d: cmdline %s, want %s' % (s['pid'], short(r.get('cmdline')),
                                                               short(jdec(cmd_text(c)))))
            check(not bad, label + ': strict one-line JSON; program, exe, cmdline, path are the true bytes', bad)
            continue
        bad += text_bytes_errors(out)
        check(not bad, label + ': no raw control, DEL or C1; valid UTF-8', bad)
        bad = []
        rows, errs = parse_rows(out, ext)
        bad += errs
        nhead = sum(1 for ln in out.split(b'\n')[:-1] if ln.startswith(HEADERS))
        got = []
        for r in rows:
            if r['inode'] is None:  # inet without -e: ours by port
                port = int(r['local'].rsplit(':', 1)[1])
                k = 'tcp' if r['proto'].startswith('tcp') else 'udp'
                r['inode'] = next((s['inode'] for s in man['socks'] if s.get('port') == port and s['kind'] == k), -1)
            got.append(r['inode'])
        nlines = out.count(b'\n')
        check(sorted(got) == want_ino and nlines == nhead + len(want_ino),
              label + ': lines = %d headers + one row per socket made' % nhead,
              ['%d lines, %d rows' % (nlines, len(rows)), 'extra %s' % sorted(set(got) - set(want_ino)),
               'missing %s' % sorted(set(want_ino) - set(got))])
        for r in rows:
            s = by_inode.get(r['inode'])
            if s is None:
                continue
            c, e = truth(s['pid'])
            tail = r['line'][r['at']:]
            after = []
            if r['kind'] == 'unix':
                after.append(esc(kview(bytes.fromhex(s['name']))))
            if cmdline:
                after.append(esc(cmd_text(c)) if s['pid'] != title_pid else None)
            if s['pid'] == title_pid:
                pid, name = prog_part({'line': tail[:WIDTH], 'at': 0})
                name = name.rstrip(b' ')
                dn = unesc(name)
                if pid != s['pid'] or dn is None or esc(dn) != name or b'\0' in dn:
                    bad.append('title process: PID/Program name %s is not an escaped name' % short(tail[:WIDTH]))
                if cmdline:
                    ct = tail[WIDTH + 1:]
                    if r['kind'] == 'unix':
                        ct = ct[len(after[0]) + 1:]
                    dc = unesc(ct)
                    if dc is None or esc(dc) != ct:
                        bad.append('title process: command line %s is not escaped bytes' % short(ct))
                continue
            name = e.rsplit(b'/', 1)[1] if exe else display(c)
            ok = None
            for by, f in fields(s['pid'], name).items():
                cand = f + b' ' + b' '.join(after) if after else f
                if tail == cand:
                    ok = by
                    break
            if ok is None:
                f = fields(s['pid'], name)['bytes']
                bad.append('inode %d (pid %d): %s, want %s' %
                           (s['inode'], s['pid'], short(tail, 200),
                            short(f + b' ' + b' '.join(after) if after else f, 200)))
            else:
                variants[ok] = variants.get(ok, 0) + 1
        check(not bad, label + ': names, paths, command lines decode to the true bytes, cut whole', bad)
    print('counts %d %d cut-variants %s' % (PASS[0], FAIL[0], json.dumps(variants, sort_keys=True)))


def main():
    a = sys.argv[1:]
    if a[:1] == ['snapshot']:
        snapshot()
    elif a[:1] == ['stress'] and len(a) == 3:
        stress(a[1], a[2])
    elif a[:1] == ['pop'] and len(a) == 3:
        pop(a[1], a[2])
    elif a[:1] == ['hostile'] and len(a) == 3:
        hostile(a[1], a[2])
    else:
        jsoncheck.die('usage: see the header of hostile-check.py')


if __name__ == '__main__':
    main()
