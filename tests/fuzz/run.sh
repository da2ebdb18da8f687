#!/bin/sh
# tests/fuzz/run.sh SECONDS [HARNESS...]: builds each libFuzzer harness
# (tests/fuzz/fuzz-NAME.c, all of them by default; NAME or fuzz-NAME)
# into build/fuzz/, runs it for SECONDS (or FUZZ_RUNS executions, if fewer) on a copy of its seed corpus
# (tests/fuzz/corpus/NAME; what it adds stays in build/fuzz/corpus/NAME),
# and says per harness the executions, the coverage (cov/ft of libFuzzer's
# last stats line) and PASS or FAIL; FAIL is a crash, a leak, a sanitizer
# report, a harness check (abort), an exit, a timeout or OOM, whose input is
# kept as build/fuzz/artifacts/NAME-*.  Ends with "fuzz: N passed, M
# failed", status 1 on any failure.  Needs clang 14 (Debian's) with
# libFuzzer; FUZZ_CC overrides the compiler.  Any user can run them: the
# applet's files, sockets and ioctls are answered in memory (tests/fuzz/fuzz.h).
# FUZZ_KEEP=1 resumes a campaign: the corpus an earlier run grew in
# build/fuzz/corpus/NAME is kept (the seeds are added), not started afresh.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
secs=${1:-60}
[ $# -gt 0 ] && shift
cc=${FUZZ_CC:-clang}
out=build/fuzz
mkdir -p "$out/corpus" "$out/artifacts" "$out/logs"
if [ $# -eq 0 ]; then
	set -- $(for f in tests/fuzz/fuzz-*.c; do basename "$f" .c; done)
fi

max_len() {	# the longest input worth it for each parser
	case $1 in
	dns) echo 512 ;;		# dns_lookup()'s answer buffer
	json) echo 1360 ;;		# what obuf holds escaped
	filter) echo 600 ;;
	procs) echo 4096 ;;
	stats) echo 8192 ;;		# a whole snmp and netstat of today's kernels
	iface) echo 6144 ;;		# dev, if_inet6, igmp, igmp6 of a dozen interfaces
	*) echo 12288 ;;
	esac
}

pass=0 fail=0
for h; do
	h=${h#fuzz-}
	h=${h%.c}
	src=tests/fuzz/fuzz-$h.c
	bin=$out/fuzz-$h
	if [ ! -f "$src" ]; then
		echo "fuzz-$h: FAIL (no $src)"
		fail=$((fail + 1))
		continue
	fi
	# -i's tables at 64 entries: smaller statics to reset before each run,
	# and their limits within reach
	if ! $cc -g -O1 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-DIF_MAX=64 -DIFCONF_MAX=64 \
		-DFZ_ROOT="\"$root\"" -o "$bin" "$src" 2>"$out/logs/$h.build"; then
		echo "fuzz-$h: FAIL (build: $out/logs/$h.build)"
		fail=$((fail + 1))
		continue
	fi
	[ "${FUZZ_KEEP:-}" = 1 ] || rm -rf "$out/corpus/$h"
	mkdir -p "$out/corpus/$h"
	[ -d "tests/fuzz/corpus/$h" ] && cp "tests/fuzz/corpus/$h"/* "$out/corpus/$h/" 2>/dev/null
	rm -f "$out/artifacts/$h-"*
	log=$out/logs/$h.log
	ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
		"$bin" -max_total_time="$secs" ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} -max_len="$(max_len "$h")" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$out/artifacts/$h-" "$out/corpus/$h" >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	stats=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
	cov=$(echo "$stats" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$stats" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	if [ -z "$execs" ]; then	# no final stats after a crash: the last line's count
		execs=$(echo "$stats" | sed -n 's/^#\([0-9]*\).*/\1/p')
	fi
	art=$(ls "$out/artifacts/$h-"* 2>/dev/null | head -1)
	if [ $rc -eq 0 ] && [ -z "$art" ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$log"; then
		echo "fuzz-$h: PASS  ${execs:-?} executions in $(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)s, cov ${cov:-?} ft ${ft:-?}"
		pass=$((pass + 1))
	else
		what=$(grep -m1 -E 'ERROR: |runtime error:|SUMMARY: |^fuzz: |json_string: |socket_inode' "$log")
		echo "fuzz-$h: FAIL  ${execs:-?} executions, cov ${cov:-?} ft ${ft:-?}: ${what:-status $rc}"
		echo "        input: ${art:-none}  log: $log"
		fail=$((fail + 1))
	fi
done
echo "fuzz: $pass passed, $fail failed"
[ $fail -eq 0 ]
