#!/bin/sh
# Self-test of the live differential harness (tests/live.sh), not of netstat:
#  1. net-tools against itself: every case must pass;
#  2. mutants of net-tools must be caught: one that strips trailing blanks
#     from stdout, one that drops stderr, one that always exits 0.
# Run as root:  sh tests/live/selftest.sh
#
# SPDX-License-Identifier: 0BSD
set -u
here=$(cd "$(dirname "$0")/../.." && pwd -P)
live=$here/tests/live.sh
REF=${LIVE_REF:-/usr/bin/netstat}
M=$(mktemp -d /tmp/live-selftest.XXXXXX) || exit 2
trap 'rm -rf "$M"' EXIT
chmod 755 "$M"
bad=0

mutant() { # name, then the line that runs the reference
	printf '#!/bin/sh\n%s\n' "$2" >"$M/$1"
	chmod 755 "$M/$1"
}
mutant trail "$REF \"\$@\" | /bin/sed 's/[[:blank:]]*\$//'; exit 0"
mutant noerr "exec $REF \"\$@\" 2>/dev/null"
mutant exit0 "$REF \"\$@\"; exit 0"

# (LIVE_SELFTEST: a help case wants our help's empty stderr; not net-tools')
LIVE_SELFTEST=1 sh "$live" "$REF" >"$M/out" 2>&1
rc=$?
if [ $rc -eq 0 ] && grep -q '^live: [0-9]* passed, 0 failed$' "$M/out"; then
	echo "selftest: reference vs itself: $(tail -n 1 "$M/out")"
else
	echo "selftest: FAIL: reference vs itself (exit $rc):"
	tail -n 40 "$M/out"
	bad=1
fi

for m in trail noerr exit0; do
	sh "$live" "$M/$m" >"$M/out" 2>&1
	rc=$?
	last=$(tail -n 1 "$M/out")
	case $rc:$last in
	1:'live: '*' passed, 0 failed' | 0:*)
		echo "selftest: FAIL: mutant $m not caught (exit $rc): $last"
		bad=1 ;;
	1:'live: '*' failed')
		echo "selftest: mutant $m caught: $last" ;;
	*)
		echo "selftest: FAIL: mutant $m: exit $rc: $last"
		bad=1 ;;
	esac
done
exit $bad
