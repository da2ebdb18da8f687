#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# The generated code in applet/netstat.c is what its generators print.
#
# usage: tests/generated.sh
#
# `python3 applet/stats-table.py` prints the packed counter table of -s
# (st_packed()), `python3 applet/usage-text.py` the packed usage text
# (usage_packed()); applet/netstat.c must hold each output verbatim.  On a
# mismatch it prints a diff against the lines of netstat.c from the
# block's first line on.  Then the packed usage text must be the text
# itself: `netstat -h` of a build with -DUSAGE_PLAIN (which prints
# usage_text[] as it stands) and of the normal build are the same, for the
# full and the tiny feature sets.  The last line is "generated: N passed,
# M failed"; exit status 1 if M > 0.
set -u
cd "$(dirname "$0")/.." || exit 2
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
for g in stats-table usage-text; do
	if ! python3 applet/$g.py >"$T/table" 2>"$T/err"; then
		echo "FAIL applet/$g.py exits non-zero"
		head -n 20 "$T/err"
		fail=$((fail + 1))
	elif [ ! -s "$T/table" ]; then
		echo "FAIL applet/$g.py prints nothing"
		fail=$((fail + 1))
	elif python3 -c 'import sys
sys.exit(open(sys.argv[1], "rb").read() not in open(sys.argv[2], "rb").read())' \
		"$T/table" applet/netstat.c; then
		pass=$((pass + 1))
	else
		echo "FAIL applet/netstat.c does not hold what applet/$g.py prints"
		echo "  (python3 applet/$g.py prints the block to put in its place)"
		first=$(head -n 1 "$T/table")
		n=$(grep -nxF -e "$first" applet/netstat.c | head -n 1 | cut -d: -f1)
		if [ -n "$n" ]; then
			tail -n "+$n" applet/netstat.c | head -n "$(wc -l <"$T/table")" >"$T/have"
			diff -u --label applet/netstat.c --label applet/$g.py "$T/have" "$T/table" |
				head -n 40
		else
			echo "  its first line is not in applet/netstat.c: $first"
		fi
		fail=$((fail + 1))
	fi
done
tiny=$(make -s -p -n 2>/dev/null | sed -n 's/^TINY_FEATURES *:= //p' | head -n 1)
for set in full tiny; do
	f=; [ $set = tiny ] && f=$tiny
	if ! make -s B="$T/packed" FEATURES="$f" "$T/packed/netstat" >"$T/log" 2>&1 ||
	   ! make -s B="$T/plain" FEATURES="$f -DUSAGE_PLAIN" "$T/plain/netstat" >>"$T/log" 2>&1; then
		echo "FAIL usage ($set): the builds fail"
		head -n 20 "$T/log"
		fail=$((fail + 1))
		continue
	fi
	"$T/packed/netstat" -h >"$T/packed.txt"
	"$T/plain/netstat" -h >"$T/plain.txt"
	if [ -s "$T/plain.txt" ] && cmp -s "$T/packed.txt" "$T/plain.txt"; then
		pass=$((pass + 1))
	else
		echo "FAIL usage ($set): the packed text is not usage_text[]"
		diff -u "$T/plain.txt" "$T/packed.txt" | head -n 40
		fail=$((fail + 1))
	fi
done
echo "generated: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
