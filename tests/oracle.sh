#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# Re-derive the golden sections of tests/cases/*.t from net-tools itself.
#
# usage: tests/oracle.sh [case...]      (default: every case)
#
# Runs NETSTAT (default /usr/bin/netstat, which must be Debian 12's net-tools
# 2.10) on each case's fixture tree, bind-mounted over /proc in a private
# mount namespace inside a network namespace with no interfaces up, with the
# fixed files of tests/fixtures/etc in /etc (tests/etc.sh, as for every
# suite), and rewrites the case's status: line and its stdout/stderr
# sections.  Other header lines are kept.  Cases with a "deviation:" line
# are hand-written and never touched.  For "match: streams" cases only
# "<non-empty>" is recorded for a stream that had output (net-tools' usage
# text is not ours to copy).  A new case needs only "fixture:" and "args:"
# lines; this fills in the rest.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
netstat=${NETSTAT:-/usr/bin/netstat}
v=$("$netstat" -V 2>/dev/null | head -n 1) || true
if [ "$v" != "net-tools 2.10" ]; then
    echo "oracle: $netstat says '$v', want 'net-tools 2.10'" >&2
    exit 2
fi
FIXTURES_CASES="$*"
export FIXTURES_CASES
exec sh "$here/fixtures.sh" --oracle "$netstat"
