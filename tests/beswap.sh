#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# Make the big-endian variant of a fixture /proc tree.
#
# A big-endian kernel prints every 32-bit address word of /proc/net/{tcp,udp,
# udplite,raw}[6] in its own byte order, so the hex text of each 8-digit word
# is byte-swapped compared with a little-endian kernel (0100007F on x86 is
# 7F000001 on MIPS BE).  Ports, queues, uids and inodes are printed as numbers
# and look the same on both.  A correct netstat therefore prints the same text
# for the LE tree on an LE host and for the BE tree on a BE host.
#
# Only the 2nd and 3rd whitespace-separated fields of a line are touched (the
# local and remote "address:port" fields), and only their address part, and
# only when that part is exactly 8 or 32 hex digits (possibly with nothing
# after it), in each 8191-byte piece of a line as netstat reads it; anything else, header lines, malformed lines, spacing, a missing
# final newline, is copied byte for byte.
#
# net/route is printed the same way (its Destination, Gateway and Mask
# words, %08X of a __be32): there the 2nd, 3rd and 8th fields of every line
# but the first (the header) are touched, the first 8 characters of each
# when they are hex digits (net-tools reads those and ignores the rest).
# net/ipv6_route needs nothing: the kernel prints its addresses byte by byte
# (%pi6) and its numbers as numbers.  PID/net/ holds the same tables, of
# that process's namespace.
#
# usage: beswap.sh SRC DST    copy tree SRC to new dir DST, swapping tables
#        beswap.sh -i DIR     swap the tables of tree DIR in place
#        beswap.sh -f FILE [route]  write the swapped FILE to stdout
set -eu

swap_file() {
    # $1 = file, $2 = sock or route; writes to stdout.  Keep a missing final
    # newline missing.
    nonl=0
    if [ -s "$1" ] && [ "$(tail -c 1 "$1" | od -An -tx1 | tr -d ' \n')" != 0a ]; then
        nonl=1
    fi
    LC_ALL=C awk -v nonl="$nonl" -v mode="${2:-sock}" '
    function ishex(s) { return s ~ /^[0-9A-Fa-f]+$/ }
    function swapword(w) {
        return substr(w,7,2) substr(w,5,2) substr(w,3,2) substr(w,1,2)
    }
    # net/route: the first 8 characters of the token, when they are hex
    # digits (net-tools reads those 8 and ignores the rest)
    function swaplead(t) {
        if (!ishex(substr(t, 1, 8)) || length(t) < 8) return t
        return swapword(substr(t, 1, 8)) substr(t, 9)
    }
    function swaptok(t,   i, a, rest, out) {
        i = index(t, ":")
        if (i) { a = substr(t, 1, i - 1); rest = substr(t, i) }
        else   { a = t; rest = "" }
        if (!ishex(a) || (length(a) != 8 && length(a) != 32)) return t
        out = ""
        for (i = 1; i <= length(a); i += 8) out = out swapword(substr(a, i, 8))
        return out rest
    }
    # netstat reads 8191-byte pieces (fgets), each parsed as a line of its
    # own: swap piece by piece, as a kernel would have printed each
    {
        out = ""
        for (line = $0; length(line) > 8191; line = substr(line, 8192))
            out = out swapline(substr(line, 1, 8191))
        out = out swapline(line)
        if (NR > 1) printf "\n"
        printf "%s", out
    }
    function swapline(line,   out, n, tok, tab) {
        out = ""; n = 0; tab = substr(line, 1, 1) == "\t"
        while (line != "") {
            if (match(line, /^[ \t]+/)) {
                out = out substr(line, 1, RLENGTH); line = substr(line, RLENGTH + 1)
                continue
            }
            match(line, /^[^ \t]+/)
            tok = substr(line, 1, RLENGTH); line = substr(line, RLENGTH + 1)
            n++
            if (mode == "route") {
                if (NR > 1 && (n == 2 || n == 3 || n == 8)) tok = swaplead(tok)
            } else if (mode == "igmp") {
                if (tab && n == 1 && ishex(tok) && length(tok) == 8) tok = swapword(tok)
            } else if (n == 2 || n == 3) tok = swaptok(tok)
            out = out tok
        }
        return out
    }
    END { if (NR > 0 && !nonl) printf "\n" }
    ' "$1"
}

swap_tree() {	# the tree's net/, and each PID/net/ (--netns=PID reads those)
    for t in tcp tcp6 udp udp6 udplite udplite6 raw raw6 route igmp; do
      for f in "$1/net/$t" "$1"/[0-9]*/net/$t; do
        [ -f "$f" ] && [ ! -L "$f" ] || continue
        m=sock
        [ $t = route ] && m=route
        [ $t = igmp ] && m=igmp
        swap_file "$f" $m > "$f.beswap.$$"
        # keep the file's mode (fixtures may make tables unreadable)
        cat "$f.beswap.$$" > "$f"
        rm -f "$f.beswap.$$"
      done
    done
}

case "${1:-}" in
-f) [ $# -eq 2 ] || [ $# -eq 3 ] || { echo "usage: $0 -f FILE [route]" >&2; exit 2; }
    swap_file "$2" "${3:-sock}" ;;
-i) [ $# -eq 2 ] || { echo "usage: $0 -i DIR" >&2; exit 2; }
    swap_tree "$2" ;;
*)  [ $# -eq 2 ] || { echo "usage: $0 SRC DST | -i DIR | -f FILE" >&2; exit 2; }
    [ ! -e "$2" ] || { echo "$0: $2 exists" >&2; exit 2; }
    cp -RP "$1" "$2"
    swap_tree "$2" ;;
esac
