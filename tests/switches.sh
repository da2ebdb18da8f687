#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# Every build with one compile-time switch off compiles and runs.
#
# usage: tests/switches.sh
#
# For each FEATURE_* switch that applet/netstat.c gives a default
# ("#ifndef FEATURE_X", so a new switch is picked up), builds build/switch/FEATURE_X/netstat for x86_64
# with `make build/switch/FEATURE_X/netstat` (the normal build's compiler
# and flags, -DFEATURE_X=0 and -Werror) and runs it once with --version,
# which must exit 0.  One case per switch; a failure prints the compiler's
# messages.  The last line is "switches: N passed, M failed"; exit status 1
# if M > 0.
set -u
cd "$(dirname "$0")/.." || exit 2
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT
pass=0 fail=0
for x in $(sed -n 's/^#ifndef \(FEATURE_[A-Z0-9_]*\).*/\1/p' applet/netstat.c); do
	b=build/switch/$x/netstat
	if ! make -s --no-print-directory TARGET=x86_64 "$b" >"$log" 2>&1; then
		echo "FAIL $x=0: does not build"
		head -n 30 "$log"
		fail=$((fail + 1))
	elif "$b" --version >"$log" 2>&1; st=$?; [ $st != 0 ]; then
		echo "FAIL $x=0: $b --version exits $st"
		head -n 10 "$log"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
done
echo "switches: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
