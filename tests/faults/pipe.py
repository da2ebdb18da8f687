#!/usr/bin/env python3
# pipe.py ign|dfl early|late ERRFILE COMMAND...: runs COMMAND with stdout a
# pipe whose reader closes it, SIGPIPE ignored (ign) or at its default
# (dfl); "early": the read end is closed before COMMAND starts, "late":
# after reading its first 100 bytes (the listing must be larger than the
# pipe's 64 KiB for the write after that to be certain).  COMMAND's stderr
# goes to ERRFILE; prints its exit status, or -N if signal N killed it.
# For tests/faults.sh.  SPDX-License-Identifier: 0BSD
import os, signal, subprocess, sys

mode, when, errfile, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
disp = signal.SIG_IGN if mode == 'ign' else signal.SIG_DFL
r, w = os.pipe()
if when == 'early':
    os.close(r)
with open(errfile, 'wb') as err:
    p = subprocess.Popen(cmd, stdout=w, stderr=err, restore_signals=False,
                         preexec_fn=lambda: signal.signal(signal.SIGPIPE, disp))
os.close(w)
if when == 'late':
    got = os.read(r, 100)
    os.close(r)
print(p.wait())
