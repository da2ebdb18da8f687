#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# Golden fixture tests for the netstat applet.
#
# usage: tests/fixtures.sh BINARY [WRAPPER...]
#        tests/fixtures.sh --oracle BINARY      (used by tests/oracle.sh)
#        tests/fixtures.sh --record BINARY CASE...
#
# Every tests/cases/*.t names a fixture tree tests/fixtures/<name>/ (a small
# fake /proc), the netstat arguments, and the exact expected exit status,
# stdout and stderr.  For each case this runs
#     PROC_ROOT=<staged tree> [setpriv --reuid=U ...] WRAPPER... BINARY ARGS
# with LC_ALL=C, inside one private mount + network namespace (no network,
# so no DNS leaves the machine) whose /etc is a copy of the machine's with
# tests/fixtures/etc/{hosts,passwd,group,services,protocols,networks,
# nsswitch.conf,resolv.conf} in it (tests/etc.sh: created where the machine
# has none, as a minbase Debian has no services, protocols, hosts), so names
# resolve the same on every machine.
#
# Trees are staged into a tmpfs first: pid dirs are created so that readdir
# lists them in ascending numeric order (as the real /proc does), the
# big-endian variant of the tables is made when BINARY is a big-endian ELF
# (tests/elf-endian; override with FIXTURES_ENDIAN=le|be), and the
# optional tests/fixtures/<name>.tweak is applied (lines "chmod MODE PATH",
# "mkdir PATH"; PATH relative to the tree, "." for the tree itself): git
# keeps neither directory modes nor empty directories.
#
# A case with a "needs:" line runs only on a BINARY built with (WORD) or
# without (!WORD) the modes it names, several to a line: route (-r), iface
# (-i), stats (-s), groups (-g), identity (--exe, --cmdline), json
# (--json), netns (--netns): FEATURE_ROUTE etc. in the applet.  A case
# needs every mode its args select.  Which modes BINARY has is asked of
# it: each of -r, -i, -s, -g, --cmdline, --json, --netns=1 is run
# once (through WRAPPER, on an empty tree), and
# a mode that says "-X is not built into this netstat." is one it lacks.
# The cases skipped for that are counted apart from those of FIXTURES_SKIP.
#
# Environment: FIXTURES_CASES="name ..." runs only those cases;
# FIXTURES_SKIP="glob ..." leaves out the cases whose names match;
# FIXTURES_TIMEOUT seconds per case (default 60); FIXTURES_ENDIAN;
# FIXTURES_NO_DEVIATIONS=1 skips the cases with a "deviation:" line (for
# checking the suite against net-tools itself).
#
# In --oracle mode BINARY (normally /usr/bin/netstat) is run with the staged
# tree bind-mounted over /proc instead of PROC_ROOT, and the expected
# sections of each non-deviation case file are rewritten from what it did.
# In --record mode BINARY runs as in a test, and the expected sections of
# the named cases that have a "deviation:" line (ours, so hand-checked:
# read what it writes before committing it) are rewritten from its output.
#
# Needs root (or unprivileged user namespaces, then cases with a "user:"
# line are skipped), unshare and setpriv (util-linux), POSIX sh, awk, diff.
#
# After a run the last line printed is "fixtures: N passed, M failed"; the
# exit status is non-zero when M > 0 (2 for a usage or setup error).

set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
mode=test
modearg=
if [ "${1:-}" = --record ]; then
    mode=record
    modearg=--record
    shift
    if [ $# -gt 1 ]; then
        FIXTURES_CASES=$(echo "$*" | cut -d' ' -f2-)
        export FIXTURES_CASES
        set -- "$1"
    fi
elif [ "${1:-}" = --oracle ]; then
    mode=oracle
    modearg=--oracle
    shift
fi
if [ $# -lt 1 ]; then
    echo "usage: $0 BINARY [WRAPPER...]" >&2
    exit 2
fi

if [ -z "${FIXTURES_INNER:-}" ]; then
    case $1 in
    */*) bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") ;;
    *)   bin=$(command -v "$1") || { echo "$0: $1: not found" >&2; exit 2; } ;;
    esac
    [ -f "$bin" ] || { echo "$0: $bin: no such file" >&2; exit 2; }
    shift
    FIXTURES_INNER=1
    export FIXTURES_INNER
    if [ "$(id -u)" = 0 ]; then
        FIXTURES_ROOT=1
        export FIXTURES_ROOT
        exec unshare -m -n -- sh "$here/fixtures.sh" $modearg "$bin" "$@"
    fi
    FIXTURES_ROOT=
    export FIXTURES_ROOT
    exec unshare -r -m -n -- sh "$here/fixtures.sh" $modearg "$bin" "$@"
fi

# ---- inside the namespace ----------------------------------------------
unset FIXTURES_INNER
bin=$1
shift
wrapper="$*"
cases_dir=$here/cases
fix_dir=$here/fixtures
to=${FIXTURES_TIMEOUT:-60}
if command -v timeout > /dev/null 2>&1; then
    limit="timeout -k 5 $to"
else
    limit=
fi

mount --make-rprivate / 2>/dev/null
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fixtures.XXXXXX") || exit 2
cleanup() {
    umount "$tmp" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount -t tmpfs -o mode=0755 fixtures "$tmp" 2>/dev/null
chmod 755 "$tmp"

# /etc: a copy with tests/fixtures/etc in it; an empty /run/netns, the
# directory that --netns= names (tests/etc.sh)
. "$here/etc.sh"
etc_hermetic || exit 2
netns_hermetic || exit 2

# The binary goes into the tmpfs too, so that an unprivileged case user can
# run it whatever the modes of the directories above the work tree.
mkdir -p "$tmp/bin" "$tmp/fx" "$tmp/exp" "$tmp/got"
binc=$tmp/bin/$(basename "$bin")
cp "$bin" "$binc" && chmod 755 "$binc" || exit 2

endian=${FIXTURES_ENDIAN:-}
if [ -z "$endian" ]; then
    endian=$(sh "$here/elf-endian" "$bin" 2>/dev/null) || {
        endian=le
        echo "fixtures: note: $bin is not ELF, assuming little-endian tables" >&2
    }
fi

# which of the modes that can be left out of the build BINARY has ("needs:")
mkdir "$tmp/none"
have=" " lacks=
for m in route:-r iface:-i stats:-s groups:-g identity:--cmdline json:--json netns:--netns=1; do
    set -f
    # shellcheck disable=SC2086
    (cd "$tmp" && exec $limit env PROC_ROOT="$tmp/none" LC_ALL=C \
        $wrapper "$binc" ${m#*:}) < /dev/null > /dev/null 2> "$tmp/probe.err"
    set +f
    if grep -q 'is not built into this netstat' "$tmp/probe.err"; then
        lacks="$lacks ${m%%:*}"
    else
        have="$have${m%%:*} "
    fi
done
[ -z "$lacks" ] || echo "fixtures: not built into $(basename "$bin"):$lacks"

# readdir order on this tmpfs: does it list entries in creation order?
mkdir "$tmp/probe" "$tmp/probe/1" "$tmp/probe/2"
first=$(ls -f "$tmp/probe" | grep -v '^\.' | head -n 1)
rm -rf "$tmp/probe"
if [ "$first" = 1 ]; then order="sort -n"; else order="sort -rn"; fi

stage() {   # $1 = fixture name; prints nothing, returns non-zero on error
    src=$fix_dir/$1
    dst=$tmp/fx/$1
    [ -d "$src" ] || { echo "no fixture directory tests/fixtures/$1"; return 1; }
    [ -d "$dst" ] && return 0
    mkdir "$dst"
    # non-numeric names first, then pids in the order found above
    { ls -A "$src" | grep -v '^[0-9][0-9]*$'
      ls -A "$src" | grep '^[0-9][0-9]*$' | $order; } |
    while IFS= read -r e; do
        cp -RP "$src/$e" "$dst/$e" || exit 1
    done || return 1
    chmod -R a+rX "$dst" || return 1
    if [ "$endian" = be ]; then
        sh "$here/beswap.sh" -i "$dst" || return 1
    fi
    if [ -f "$fix_dir/$1.tweak" ]; then
        while read -r op a b; do
            case $op in
            chmod) chmod "$a" "$dst/$b" || return 1 ;;
            mkdir) mkdir -p "$dst/$a" || return 1 ;;
            ''|\#*) ;;
            *) echo "bad line in $1.tweak: $op"; return 1 ;;
            esac
        done < "$fix_dir/$1.tweak"
    fi
    return 0
}

# ---- read the case files ----------------------------------------------
if [ -n "${FIXTURES_CASES:-}" ]; then
    files=
    for c in $FIXTURES_CASES; do
        c=${c##*/}
        c=${c%.t}
        [ -f "$cases_dir/$c.t" ] || { echo "fixtures: no case $c" >&2; exit 2; }
        files="$files $cases_dir/$c.t"
    done
else
    files=$(ls "$cases_dir"/*.t)
fi
# FIXTURES_SKIP="glob ...": leave out the cases whose names match
if [ -n "${FIXTURES_SKIP:-}" ]; then
    kept= skipped=0
    for f in $files; do
        c=${f##*/}; c=${c%.t}
        for g in $FIXTURES_SKIP; do
            # shellcheck disable=SC2254  # the pattern is the point
            case $c in $g) skipped=$((skipped + 1)); continue 2 ;; esac
        done
        kept="$kept $f"
    done
    files=$kept
    echo "fixtures: skipping $skipped cases matching: $FIXTURES_SKIP"
fi

# One awk pass: expected streams go to $tmp/exp/NAME.{out,err}; one manifest
# line per case: name fixture user status match deviation needs args
# (tab-separated,
# "-" for an empty field, args last).  Sections: lines after "--- stdout" up
# to "--- stderr", and after "--- stderr" to the end; each line is written
# with a newline, except that a last line "\ No newline at end of stream"
# means the line before it has none.
# shellcheck disable=SC2086
awk -v dir="$tmp/exp" '
function flush(   f, i, n, s, nonl, t) {
    if (name == "") return
    for (s = 1; s <= 2; s++) {
        f = dir "/" name (s == 1 ? ".out" : ".err")
        printf "" > f
        n = cnt[s]
        nonl = (n > 0 && sec[s, n] == "\\ No newline at end of stream")
        if (nonl) n--
        for (i = 1; i <= n; i++) {
            t = "\n"
            if (i == n && nonl) t = ""
            printf "%s%s", sec[s, i], t > f
        }
        close(f)
    }
    if (fixture == "") fixture = "?"
    if (status == "") status = "?"
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, fixture, (user == "" ? "-" : user),
        status, (mt == "" ? "exact" : mt), (dev ? 1 : 0), (needs == "" ? "-" : needs), args
}
FNR == 1 {
    flush()
    name = FILENAME; sub(/.*\//, "", name); sub(/\.t$/, "", name)
    part = 0; cnt[1] = cnt[2] = 0
    fixture = user = status = mt = args = needs = ""; dev = 0
}
part == 0 && /^--- stdout$/ { part = 1; next }
part == 1 && /^--- stderr$/ { part = 2; next }
part > 0 { sec[part, ++cnt[part]] = $0; next }
/^fixture:/   { fixture = val($0); next }
/^args:/      { args = val($0); next }
/^status:/    { status = val($0); next }
/^user:/      { user = val($0); next }
/^match:/     { mt = val($0); next }
/^deviation:/ { dev = 1; next }
/^needs:/     { needs = needs (needs == "" ? "" : " ") val($0); next }
function val(l) { sub(/^[^:]*:[ \t]*/, "", l); sub(/[ \t]+$/, "", l); return l }
END { flush() }
' $files > "$tmp/manifest" || exit 2

staged=" "
pass=0
fail=0
skip=0
nofeat=0    # cases that need a mode BINARY lacks
hasfeat=0   # cases that need a build without a mode BINARY has
tab=$(printf '\t')

while IFS=$tab read -r name fixture user status match dev needs args; do
    [ "$user" = - ] && user=
    if [ "$mode" = oracle ] && [ "$dev" = 1 ]; then
        echo "fixtures: $name: deviation, kept as written"
        continue
    fi
    if [ "$mode" = record ] && [ "$dev" = 0 ]; then
        echo "fixtures: $name: not a deviation, kept as written"
        continue
    fi
    if [ "$needs" != - ]; then
        bad= off=
        set -f
        for w in $needs; do
            f=${w#!}
            case " route iface stats groups identity json netns " in
            *" $f "*) ;;
            *) bad="$bad $w"; continue ;;
            esac
            case "$w$have" in
            !*" $f "*) off="$off $w" ;;    # has it, the case wants it not
            !*) ;;
            *" $f "*) ;;
            *) off="$off $w" ;;
            esac
        done
        set +f
        if [ -n "$bad" ]; then
            echo "FAIL $name: unknown word in needs:$bad"
            fail=$((fail + 1))
            continue
        fi
        case $off in
        '') ;;
        *" "[!!]*) nofeat=$((nofeat + 1)); continue ;;
        *) hasfeat=$((hasfeat + 1)); continue ;;
        esac
    fi
    if [ -n "${FIXTURES_NO_DEVIATIONS:-}" ] && [ "$dev" = 1 ]; then
        skip=$((skip + 1))
        continue
    fi
    case $staged in
    *" $fixture "*) ;;
    *)
        if msg=$(stage "$fixture"); then
            staged="$staged$fixture "
        else
            echo "FAIL $name: cannot stage fixture $fixture: $msg"
            fail=$((fail + 1))
            continue
        fi ;;
    esac
    if [ "$fixture" = "?" ] || [ "$status" = "?" ]; then
        if [ "$mode" = test ]; then
            echo "FAIL $name: case file lacks fixture: or status:"
            fail=$((fail + 1))
            continue
        fi
    fi
    setpriv=
    if [ -n "$user" ]; then
        if [ -z "$FIXTURES_ROOT" ]; then
            echo "fixtures: skip $name (needs root to run as uid $user)"
            skip=$((skip + 1))
            continue
        fi
        setpriv="setpriv --reuid=$user --regid=$user --clear-groups --"
    fi
    tree=$tmp/fx/$fixture
    out=$tmp/got/$name.out
    err=$tmp/got/$name.err
    set -f
    # shellcheck disable=SC2086
    if [ "$mode" = oracle ]; then
        (cd "$tmp" && exec $limit env LC_ALL=C unshare -m \
            sh -c 'mount --bind "$0" /proc && exec "$@"' "$tree" \
            $setpriv "$binc" $args) < /dev/null > "$out" 2> "$err"
    else
        (cd "$tmp" && exec $limit env PROC_ROOT="$tree" LC_ALL=C \
            $setpriv $wrapper "$binc" $args) < /dev/null > "$out" 2> "$err"
    fi
    st=$?
    set +f

    if [ "$mode" != test ]; then
        f=$cases_dir/$name.t
        {
            awk -v st="$st" '
                /^--- stdout$/ { exit }
                /^status:/ { print "status: " st; done = 1; next }
                { print }
                END { if (!done) print "status: " st }' "$f"
            for s in out err; do
                g=$tmp/got/$name.$s
                [ $s = out ] && echo "--- stdout" || echo "--- stderr"
                if [ "$match" = streams ]; then
                    if [ -s "$g" ]; then echo "<non-empty>"; fi
                elif [ -s "$g" ]; then
                    cat "$g"
                    if [ "$(tail -c 1 "$g" | od -An -tx1 | tr -d ' \n')" != 0a ]; then
                        printf '\n%s\n' '\ No newline at end of stream'
                    fi
                fi
            done
        } > "$f.new" || { echo "fixtures: $name: cannot write $f.new" >&2; exit 2; }
        mv "$f.new" "$f" || exit 2
        echo "fixtures: $name: recorded (status $st)"
        pass=$((pass + 1))
        continue
    fi

    ok=1
    [ "$st" = "$status" ] || ok=0
    if [ "$match" = streams ]; then
        for s in out err; do
            [ -s "$tmp/exp/$name.$s" ] && w=1 || w=0
            [ -s "$tmp/got/$name.$s" ] && g=1 || g=0
            [ $w = $g ] || ok=0
        done
    elif [ "$match" = head ]; then
        # stdout exact, stderr starts with the expected lines
        cmp -s "$tmp/exp/$name.out" "$out" || ok=0
        head -n "$(wc -l <"$tmp/exp/$name.err")" "$err" | cmp -s "$tmp/exp/$name.err" - || ok=0
    else
        cmp -s "$tmp/exp/$name.out" "$out" || ok=0
        cmp -s "$tmp/exp/$name.err" "$err" || ok=0
    fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
        continue
    fi
    fail=$((fail + 1))
    {
        echo "FAIL $name (fixture $fixture, args: $args${user:+, uid $user})"
        [ "$st" = "$status" ] || echo "  exit status: want $status, got $st"
        if [ "$match" = streams ]; then
            for s in out err; do
                [ -s "$tmp/exp/$name.$s" ] && w=non-empty || w=empty
                [ -s "$tmp/got/$name.$s" ] && g=non-empty || g=empty
                [ $w = $g ] || echo "  std$s: want $w, got $g"
            done
        else
            cd "$tmp" || exit
            diff -u "exp/$name.out" "got/$name.out"
            diff -u "exp/$name.err" "got/$name.err"
        fi
    } | head -n 30
done < "$tmp/manifest"

[ $nofeat -gt 0 ] && echo "fixtures: $nofeat skipped for lack of a feature (needs:)"
[ $hasfeat -gt 0 ] && echo "fixtures: $hasfeat skipped, for builds without a feature (needs: !...)"
[ $skip -gt 0 ] && echo "fixtures: $skip skipped"
echo "fixtures: $pass passed, $fail failed"
[ $fail -eq 0 ]
