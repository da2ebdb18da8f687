#!/usr/bin/env python3
"""netns-all: what `netstat --netns=all` should list, and checks of what it
did list; for tests/live-netns.sh.

  netns-all.py scan
      prints, as JSON, the namespaces in the order netstat --netns=all
      takes them: [inode, pid, comm] for each network namespace a process
      holds (the lowest PID that holds it, whose /proc/PID/comm is comm),
      ours first, then [inode, null, name] for each of /run/netns that no
      process holds (readdir order, as netstat reads it).

  netns-all.py text DIR [rc=N] [INODE=REF ...]
  netns-all.py json DIR KEY [rc=N] [INODE=REF ...] [INODE@SINGLE ...]
      check a run of --netns=all: DIR holds out, err, rc (the run), before
      and after (two scans, taken before and after the run).  Namespaces
      in both scans must all be listed, in that order; any other one
      listed must be in one of the two scans (processes come and go on a
      live host); ours must come first.  text: each heading is "Network
      namespace INODE (pid PID, COMM):" or "... (ip netns NAME):", an
      empty line before each but the first; the listing under INODE must
      equal the file REF byte for byte (net-tools run in it).  json: the
      output is one line, an array of {"netns", "pid", "program", KEY} or
      {"netns", "name", KEY}, keys in that order; KEY under INODE must
      agree with REF, net-tools' text in that namespace (each row's
      columns), and equal the array of SINGLE (netstat --netns=SPEC --json
      in that namespace alone).
      The run must exit with N (default 0) and print nothing on stderr.
      Exit 0: good; 1: bad (the reasons on stdout); 3: the run failed
      only because a process it was walking went away (try again).

SPDX-License-Identifier: 0BSD
"""
import json
import os
import re
import sys


def scan():
    ours = os.stat("/proc/self/ns/net").st_ino
    seen = {ours: None}
    order = [ours]
    for p in sorted((int(d) for d in os.listdir("/proc") if d.isdigit())):
        try:
            ino = os.stat("/proc/%d/ns/net" % p).st_ino
        except OSError:
            continue
        if ino in seen and (ino != ours or seen[ours] is not None):
            continue
        try:
            with open("/proc/%d/comm" % p, "rb") as f:
                comm = f.read().decode("utf-8", "surrogateescape")
        except OSError:
            continue
        if comm.endswith("\n"):
            comm = comm[:-1]
        if ino not in seen:
            order.append(ino)
        seen[ino] = (p, comm)
    out = [[ino, seen[ino][0], seen[ino][1]] for ino in order if seen[ino]]
    try:
        names = os.listdir("/run/netns")
    except OSError:
        names = []
    for n in names:
        if n.startswith("."):
            continue
        try:
            ino = os.stat("/run/netns/" + n).st_ino
        except OSError:
            continue
        if ino not in seen:
            seen[ino] = n
            out.append([ino, None, n])
    print(json.dumps(out))


def heading(e):
    ino, pid, name = e
    if pid is None:
        return "Network namespace %d (ip netns %s):" % (ino, name)
    return "Network namespace %d (pid %d, %s):" % (ino, pid, name)


bad = []


def fail(msg):
    bad.append(msg)


def load(d, name, mode="r"):
    with open(os.path.join(d, name), mode) as f:
        return f.read()


def churned(d, before, after):
    """the run failed, and only for processes that went away"""
    err = load(d, "err")
    if not err:
        return False
    ours = {e[1] for e in before if e[1] is not None} & {e[1] for e in after if e[1] is not None}
    for line in err.splitlines():
        m = re.fullmatch(r"netstat: --netns=(\d+): No such file or directory", line)
        if not m or int(m.group(1)) in ours or os.path.exists("/proc/" + m.group(1)):
            return False
    return True


def order_ok(listed, before, after):
    """listed: [inode, pid, name] as netstat gave them"""
    key = lambda e: (e[0], e[1], e[2])
    b = [key(e) for e in before]
    a = {key(e) for e in after}
    stable = [e for e in b if e in a]
    got = [key(e) for e in listed]
    if not got or got[0] != b[0] or got[0] not in a:
        fail("ours first: want %s, got %s" % (heading(b[0]), heading(got[0]) if got else "nothing"))
    anyscan = set(b) | a
    for e in got:
        if e not in anyscan:
            fail("listed, but in no scan: %s" % heading(e))
    if len(set(got)) != len(got):
        fail("a namespace listed twice: %s" % [heading(e) for e in got])
    it = iter(got)
    if not all(e in it for e in stable):  # a subsequence, in order
        fail("want (in this order, maybe with others between):\n  %s\ngot:\n  %s"
             % ("\n  ".join(heading(e) for e in stable), "\n  ".join(heading(e) for e in got)))


def refs(args):
    r, s = {}, {}
    for a in args:
        if a.startswith("rc="):
            continue
        if "=" in a:
            k, v = a.split("=", 1)
            r[int(k)] = v
        else:
            k, v = a.split("@", 1)
            s[int(k)] = v
    return r, s


HEAD = re.compile(r"Network namespace (\d+) \((?:pid (\d+), (.*)|ip netns (.*))\):")


def want_rc(args):
    return ([a[3:] for a in args if a.startswith("rc=")] or ["0"])[-1]


def text(d, args):
    before, after = json.loads(load(d, "before")), json.loads(load(d, "after"))
    rc = load(d, "rc").strip()
    if rc != want_rc(args) or load(d, "err"):
        if churned(d, before, after):
            return 3
        fail("exit status %s (want %s), stderr %r" % (rc, want_rc(args), load(d, "err")[:300]))
    lines = load(d, "out").split("\n")
    if lines[-1] != "":
        fail("output does not end in a newline")
    lines.pop()
    listed, body = [], {}
    for i, ln in enumerate(lines):
        m = HEAD.fullmatch(ln)
        if not m:
            if not listed:
                fail("line %d before any heading: %r" % (i + 1, ln))
                break
            continue
        if listed and (i == 0 or lines[i - 1] != ""):
            fail("no empty line before %r" % ln)
        if listed:
            body[listed[-1][0]] = (start, i - 1)
        start = i + 1
        listed.append([int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                       m.group(3) if m.group(2) else m.group(4)])
    if listed:
        body[listed[-1][0]] = (start, len(lines))
    order_ok(listed, before, after)
    r, _ = refs(args)
    for ino, f in r.items():
        if ino not in body:
            fail("namespace %d not listed" % ino)
            continue
        got = "".join(ln + "\n" for ln in lines[body[ino][0]:body[ino][1]])
        want = load("", f)
        if got != want:
            fail("namespace %d: listing differs from net-tools' (%s):\n--- net-tools\n%s--- netstat\n%s"
                 % (ino, f, want, got))
    return 0


def rows(ref):
    """net-tools text: (header columns, rows split at blanks)"""
    lines = load("", ref).splitlines()
    i = 1  # the title
    return lines[i].split(), [ln.split() for ln in lines[i + 1:]]


def hostport(o):
    a, p = o["address"], o["port"]
    return "%s:%s" % (a, p if p else "*")


def agree(key, ino, ref, items):
    head, want = rows(ref)
    if len(want) != len(items):
        fail("namespace %d: %d %s, net-tools lists %d" % (ino, len(items), key, len(want)))
        return
    for w, g in zip(want, items):
        if key == "sockets":
            got = [g["proto"], str(g["recv_q"]), str(g["send_q"]), hostport(g["local"]),
                   hostport(g["foreign"]), g["state"]]
            if len(w) > 6:  # -p
                got.append("-" if g["pid"] is None else "%d/%s" % (g["pid"], g["program"]))
        else:  # a table: the keys are its header's columns
            if list(g) != head:
                fail("namespace %d: keys %s, net-tools' columns %s" % (ino, list(g), head))
                return
            got = [str(v) for v in g.values()]
        if got != w:
            fail("namespace %d: %s row %s, net-tools: %s" % (ino, key, got, w))


def jsn(d, key, args):
    before, after = json.loads(load(d, "before")), json.loads(load(d, "after"))
    rc = load(d, "rc").strip()
    if rc != want_rc(args) or load(d, "err"):
        if churned(d, before, after):
            return 3
        fail("exit status %s (want %s), stderr %r" % (rc, want_rc(args), load(d, "err")[:300]))
    out = load(d, "out")
    if out.count("\n") != 1 or not out.endswith("\n"):
        fail("not one line")
    try:
        doc = json.loads(out)
    except ValueError as e:
        fail("not JSON: %s: %r" % (e, out[:200]))
        return 0
    if not isinstance(doc, list):
        fail("not an array")
        return 0
    listed, got = [], {}
    for e in doc:
        k = list(e) if isinstance(e, dict) else None
        if k == ["netns", "pid", "program", key]:
            listed.append([e["netns"], e["pid"], e["program"]])
        elif k == ["netns", "name", key]:
            listed.append([e["netns"], None, e["name"]])
        else:
            fail("an element with keys %s (want netns, pid, program or name, %s)" % (k, key))
            continue
        got[e["netns"]] = e[key]
        if not isinstance(e[key], dict if key == "statistics" else list):
            fail("namespace %d: %s is a %s" % (e["netns"], key, type(e[key]).__name__))
    order_ok(listed, before, after)
    r, s = refs(args)
    for ino, f in r.items():
        if ino not in got:
            fail("namespace %d not listed" % ino)
        elif key != "statistics":
            agree(key, ino, f, got[ino])
    for ino, f in s.items():
        try:
            one = json.loads(load("", f))
        except ValueError as e:
            fail("%s: not JSON: %s" % (f, e))
            continue
        if ino in got and got[ino] != one:
            fail("namespace %d: %s differ from --netns=SPEC --json's:\n  all: %s\n  one: %s"
                 % (ino, key, json.dumps(got[ino])[:600], json.dumps(one)[:600]))
    return 0


if sys.argv[1] == "scan":
    scan()
    sys.exit(0)
rc = text(sys.argv[2], sys.argv[3:]) if sys.argv[1] == "text" else jsn(sys.argv[2], sys.argv[3], sys.argv[4:])
for b in bad:
    print(b)
sys.exit(1 if bad else rc)
