#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# The generated code in applet/netstat.c is what its generator prints.
#
# usage: tests/generated.sh
#
# `python3 applet/stats-table.py` prints the packed counter table of -s (a
# comment and the function st_packed()); applet/netstat.c must hold that
# output verbatim.  On a mismatch it prints a diff against the lines of
# netstat.c from the block's first line on.  The last line is "generated:
# N passed, M failed"; exit status 1 if M > 0.
set -u
cd "$(dirname "$0")/.." || exit 2
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
if ! python3 applet/stats-table.py >"$T/table" 2>"$T/err"; then
	echo "FAIL applet/stats-table.py exits non-zero"
	head -n 20 "$T/err"
	fail=$((fail + 1))
elif [ ! -s "$T/table" ]; then
	echo "FAIL applet/stats-table.py prints nothing"
	fail=$((fail + 1))
elif python3 -c 'import sys
sys.exit(open(sys.argv[1], "rb").read() not in open(sys.argv[2], "rb").read())' \
	"$T/table" applet/netstat.c; then
	pass=$((pass + 1))
else
	echo "FAIL applet/netstat.c does not hold what applet/stats-table.py prints"
	echo "  (python3 applet/stats-table.py prints the block to put in its place)"
	first=$(head -n 1 "$T/table")
	n=$(grep -nxF -e "$first" applet/netstat.c | head -n 1 | cut -d: -f1)
	if [ -n "$n" ]; then
		tail -n "+$n" applet/netstat.c | head -n "$(wc -l <"$T/table")" >"$T/have"
		diff -u --label applet/netstat.c --label applet/stats-table.py "$T/have" "$T/table" |
			head -n 40
	else
		echo "  its first line is not in applet/netstat.c: $first"
	fi
	fail=$((fail + 1))
fi
echo "generated: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
