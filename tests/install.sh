#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# tests/install.sh: make install and uninstall, the man page, make dist, and
# the package recipes port/alpine/APKBUILD and port/openwrt/Makefile.
#
# usage: tests/install.sh        (from anywhere; works on the tree it is in)
#
# - make install DESTDIR=... (PREFIX /usr/local, PREFIX=/usr, BINDIR and
#   MANDIR, TINY=1): the binary (mode 0755, the very build/x86_64 file,
#   golden output of a fixture tree, -V with the Makefile's VERSION) and
#   applet/netstat.8 (mode 0644, VERSION in its title), nothing else;
#   make uninstall removes exactly those two files.
# - the man page: man --warnings and groff -ww say nothing, and it names
#   every long option and every option letter of the applet's OPTIONS and
#   EXTENSIONS tables.
# - make dist (which runs make cross: every target, a few minutes when the
#   toolchains are cached): build/dist holds netstat-VERSION-TARGET and
#   -TINY for every port/*.mk, each the target's build, static, of its ELF
#   class, byte order and machine, and SHA256SUMS lists exactly those and
#   verifies.
# - APKBUILD: sh -n; sourced with abuild's variables stubbed it defines
#   the package's variables and build/check/package, which, run on a copy of
#   this tree (CC=musl-gcc, Alpine's flags), give /usr/bin/netstat and its
#   manual in pkgdir; make with CC given never runs port/setup.
# - OpenWrt: with a stub rules.mk and package.mk (BuildPackage runs
#   Build/Prepare, Build/Compile, Package/<name>/install), make -n parses it,
#   the package's fields are there, and its recipes, run on a copy of this
#   tree with TARGET_CC=musl-gcc, install a working static /usr/bin/netstat
#   (and with TINY_NETSTAT_MAKE_FLAGS=TINY=1 the tiny build).
#
# Prints "PASS name" or "FAIL name" per check (a failure's output
# indented below it), then "install: N passed, M failed"; exit 1 on a
# failure.  Installs man-db, groff-base, binutils and musl-tools with apt
# when they are missing.

set -u
LC_ALL=C
export LC_ALL
cd "$(dirname "$0")/.." || exit 2
top=$(pwd)
pass=0 fail=0
tmp=$(mktemp -d) || exit 2
chmod 755 "$tmp"	# man drops privileges to read some pages
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() {
	echo "FAIL $1"
	[ ! -s "$tmp/why" ] || sed 's/^/    /' "$tmp/why" | head -n 30
	fail=$((fail + 1))
}
# check NAME COMMAND...: PASS if it succeeds; its output shown on a FAIL
check() {
	n=$1; shift
	if "$@" >"$tmp/why" 2>&1; then ok "$n"; else bad "$n"; fi
	rm -f "$tmp/why"
}
say() { echo "$*" >&2; return 1; }	# a reason, in a check's function
files() { (cd "$1" && find . -type f | sort); }	# the files under a tree

# ---- what the checks need ----
need=
for p in man-db:man groff-base:groff binutils:readelf musl-tools:musl-gcc coreutils:sha256sum; do
	command -v "${p#*:}" >/dev/null || need="$need ${p%%:*}"
done
if [ -n "$need" ]; then
	echo "install: installing$need"
	{ DEBIAN_FRONTEND=noninteractive apt-get update -qq || true
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need; } >"$tmp/apt.log" 2>&1 ||
		{ cat "$tmp/apt.log"; exit 2; }
fi

# make without the caller's make flags (make check's -s, -j...)
mk() { env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make --no-print-directory "$@"; }
V=$(mk -s --eval='print-version: ; @echo $(VERSION)' print-version)
targets=$(ls port/*.mk | sed 's|port/||; s|\.mk$||')

# golden: a fixture tree's listing as net-tools printed it (tests/cases)
golden() {	# case file: its expected stdout
	sed -n '/^--- stdout$/,/^--- stderr$/p' "$1" | sed '1d;$d'
}
golden tests/cases/rich-an.t >"$tmp/rich-an"
golden tests/cases/real-x.t >"$tmp/real-x"

version_ok() {	# BINARY: -V names VERSION
	out=$("$1" -V) || say "$1 -V failed"
	case $out in *" $V,"*) ;; *) say "$1 -V: '$out', want version $V" ;; esac
}
lists_rich() {	# BINARY: -an of the rich fixture tree as net-tools listed it
	PROC_ROOT="$top/tests/fixtures/rich" "$1" -an >"$tmp/an.out" 2>&1 &&
		diff "$tmp/rich-an" "$tmp/an.out"
}
mode_is() {	# MODE FILE
	[ -f "$2" ] || say "$2: no such file" || return 1
	m=$(stat -c %a "$2") && [ "$m" = "$1" ] || say "$2: mode $m, want $1"
}
# man PAGE: no warnings from man (at 80 columns) nor groff -ww, and text
manpage_clean() {
	LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$1" >"$tmp/man.txt" 2>"$tmp/man.err" ||
		{ cat "$tmp/man.err"; say "man -l $1 failed"; return 1; }
	[ ! -s "$tmp/man.err" ] || { cat "$tmp/man.err"; say "man --warnings -l $1: the above"; return 1; }
	[ -s "$tmp/man.txt" ] || say "man -l $1: nothing rendered" || return 1
	groff -man -ww -z "$1" 2>"$tmp/groff.err"
	[ ! -s "$tmp/groff.err" ] || { cat "$tmp/groff.err"; say "groff -man -ww: the above"; }
}
title_has_version() {	# installed page: VERSION in .TH
	grep -q "^\.TH NETSTAT 8 .*\"tiny static netstat $V\"\$" "$1" ||
		say "$1: $(grep '^\.TH' "$1"), want version $V"
}

# ---- the man page names every option of the applet's tables ----
# OPTIONS(X) and EXTENSIONS(X): X(letter, "long name", what it does)
sed -n '/^#define OPTIONS(X)/,/^$/p; /^#define EXTENSIONS(X)/,/^$/p' applet/netstat.c >"$tmp/table"
longs=$(sed -n 's/.*X([^,]*, *"\([^"]\{1,\}\)".*/\1/p' "$tmp/table" | sort -u)
letters=$(sed -n "s/.*X('\\(.\\)',.*/\\1/p" "$tmp/table" | grep -v '?' | sort -u)
options_named() {
	[ "$(echo "$longs" | wc -w)" -ge 40 ] || say "found only $(echo $longs) in applet/netstat.c's tables"
	LC_ALL=C.UTF-8 MANWIDTH=80 man -l applet/netstat.8 2>/dev/null >"$tmp/page.txt"
	missing=
	for o in $longs; do
		grep -Eq -- "--$o([^a-z0-9-]|\$)" "$tmp/page.txt" || missing="$missing --$o"
	done
	for l in $letters; do
		grep -Eq -- "(^|[^a-z0-9-])-$l([^a-zA-Z0-9-]|\$)" "$tmp/page.txt" || missing="$missing -$l"
	done
	[ -z "$missing" ] || say "not in the man page:$missing"
}
check "version: the Makefile's VERSION ($V) is netstat -V's" \
	sh -c '[ -n "$1" ] && [ "$1" != unknown ]' - "$V"
check "man: applet/netstat.8 renders without warnings" manpage_clean applet/netstat.8
check "man: every option of applet/netstat.c's tables is in it ($(echo $longs | wc -w) long, $(echo $letters | wc -w) letters)" options_named

# ---- make install / uninstall ----
d=$tmp/root
mkdir -p "$d/usr/local/bin"
echo keep >"$d/usr/local/bin/other"	# not ours: uninstall leaves it
check "install: make install DESTDIR" mk -s install DESTDIR="$d"
bin=$d/usr/local/bin/netstat page=$d/usr/local/share/man/man8/netstat.8
check "install: bin/netstat mode 0755" mode_is 755 "$bin"
check "install: bin/netstat is build/x86_64/netstat" cmp "$bin" build/x86_64/netstat
check "install: bin/netstat -V says $V" version_ok "$bin"
check "install: bin/netstat -an lists a fixture tree as net-tools" lists_rich "$bin"
check "install: bin/netstat -an is build/x86_64/netstat -an (fixture tree)" sh -c '
	PROC_ROOT=tests/fixtures/rich "$1" -an >"$3/1" 2>&1
	PROC_ROOT=tests/fixtures/rich build/x86_64/netstat -an >"$3/2" 2>&1
	cmp "$3/1" "$3/2"' - "$bin" x "$tmp"
check "install: man8/netstat.8 mode 0644" mode_is 644 "$page"
check "install: man8/netstat.8 has $V in its title" title_has_version "$page"
check "install: man8/netstat.8 renders without warnings" manpage_clean "$page"
check "install: man8/netstat.8 is applet/netstat.8 but for the title" sh -c '
	grep -v "^\.TH " "$1" >"$3/a"; grep -v "^\.TH " "$2" >"$3/b"; cmp "$3/a" "$3/b"' - "$page" applet/netstat.8 "$tmp"
check "install: nothing else installed" sh -c '[ "$(cd "$1" && find . -type f | sort | tr "\n" " ")" = \
	"./usr/local/bin/netstat ./usr/local/bin/other ./usr/local/share/man/man8/netstat.8 " ] ||
	{ cd "$1" && find . -type f; exit 1; }' - "$d"
check "uninstall: make uninstall DESTDIR" mk -s uninstall DESTDIR="$d"
check "uninstall: removes exactly the two files" sh -c '[ "$(cd "$1" && find . -type f)" = ./usr/local/bin/other ] ||
	{ cd "$1" && find . -type f; exit 1; }' - "$d"
rm -f "$d/usr/local/bin/other"
check "uninstall: no file left" sh -c '[ -z "$(find "$1" -type f)" ]' - "$d"
check "uninstall: again, nothing to remove, still fine" mk -s uninstall DESTDIR="$d"

d=$tmp/usr
check "install: PREFIX=/usr" mk -s install DESTDIR="$d" PREFIX=/usr
check "install: PREFIX=/usr gives usr/bin/netstat and usr/share/man/man8/netstat.8" sh -c '
	[ "$(cd "$1" && find . -type f | sort | tr "\n" " ")" = "./usr/bin/netstat ./usr/share/man/man8/netstat.8 " ] ||
	{ cd "$1" && find . -type f; exit 1; }' - "$d"
check "install: PREFIX=/usr netstat -V" version_ok "$d/usr/bin/netstat"
check "uninstall: PREFIX=/usr leaves no file" sh -c '
	env -u MAKEFLAGS make -s uninstall DESTDIR="$1" PREFIX=/usr && [ -z "$(find "$1" -type f)" ]' - "$d"

d=$tmp/dirs
check "install: BINDIR=/sbin MANDIR=/usr/man" sh -c '
	env -u MAKEFLAGS make -s install DESTDIR="$1" BINDIR=/sbin MANDIR=/usr/man &&
	[ "$(cd "$1" && find . -type f | sort | tr "\n" " ")" = "./sbin/netstat ./usr/man/man8/netstat.8 " ] ||
	{ cd "$1" && find . -type f; exit 1; }' - "$d"
check "uninstall: BINDIR MANDIR" sh -c '
	env -u MAKEFLAGS make -s uninstall DESTDIR="$1" BINDIR=/sbin MANDIR=/usr/man && [ -z "$(find "$1" -type f)" ]' - "$d"

d=$tmp/tiny
check "install: TINY=1 installs build/x86_64-tiny/netstat" sh -c '
	env -u MAKEFLAGS make -s install TINY=1 DESTDIR="$1" && cmp "$1/usr/local/bin/netstat" build/x86_64-tiny/netstat' - "$d"

# ---- make dist ----
check "dist: make dist" mk -s dist
elf() {	# FILE: "class data machine flags" from readelf -h
	readelf -h "$1" 2>/dev/null | awk -F': *' '
		$1 ~ /Class/ { c = $2 } $1 ~ /Data/ { d = $2 } $1 ~ /Machine/ { m = $2 } $1 ~ /Flags/ { f = $2 }
		END { sub(/.*, /, "", d); printf "%s|%s|%s|%s\n", c, d, m, f }'
}
want_elf() {	# TARGET: class|byte order|machine (and a flag where it tells)
	case $1 in
	aarch64) echo 'ELF64|little endian|AArch64' ;;
	armel) echo 'ELF32|little endian|ARM|soft-float' ;;
	armhf) echo 'ELF32|little endian|ARM|hard-float' ;;
	i386) echo 'ELF32|little endian|Intel 80386' ;;
	mips) echo 'ELF32|big endian|MIPS R3000|o32' ;;
	mips64el) echo 'ELF64|little endian|MIPS R3000|mips64' ;;
	mipsel) echo 'ELF32|little endian|MIPS R3000|o32' ;;
	powerpc) echo 'ELF32|big endian|PowerPC' ;;
	riscv64) echo 'ELF64|little endian|RISC-V|double-float' ;;
	s390x) echo 'ELF64|big endian|IBM S/390' ;;
	x86_64) echo 'ELF64|little endian|Advanced Micro Devices X86-64' ;;
	esac
}
dist_binary() {	# TARGET BUILD (t or t-tiny)
	f=build/dist/netstat-$V-$2
	[ -f "$f" ] && [ -x "$f" ] || say "$f: missing or not executable" || return 1
	cmp "$f" "build/$2/netstat" || return 1
	w=$(want_elf "$1")
	[ -n "$w" ] || say "no ELF expectation for target $1: add one to tests/install.sh" || return 1
	e=$(elf "$f")
	case "$e" in "$(echo "$w" | cut -d'|' -f1-3)|"*) ;; *) say "$f: $e, want $w"; return 1 ;; esac
	case $w in *'|'*'|'*'|'*) case ${e##*|} in *"${w##*|}"*) ;; *) say "$f: flags ${e##*|}, want ${w##*|}"; return 1 ;; esac ;; esac
	en=$(sh tests/elf-endian "$f") || return 1
	case "$w:$en" in *'little endian'*:le | *'big endian'*:be) ;; *) say "$f: elf-endian says $en"; return 1 ;; esac
	! readelf -lW "$f" 2>/dev/null | grep -q INTERP || say "$f: not static (INTERP)"
}
for t in $targets; do
	check "dist: netstat-$V-$t" dist_binary "$t" "$t"
	check "dist: netstat-$V-$t-tiny" dist_binary "$t" "$t-tiny"
done
check "dist: SHA256SUMS verifies (sha256sum -c)" sh -c 'cd build/dist && sha256sum -c --strict SHA256SUMS'
check "dist: SHA256SUMS names exactly the binaries, relative" sh -c '
	awk "{ print \$2 }" build/dist/SHA256SUMS | sort >"$2/sums"
	for t in $1; do echo "netstat-$3-$t"; echo "netstat-$3-$t-tiny"; done | sort >"$2/want"
	(cd build/dist && ls | grep -v "^SHA256SUMS\$" | sort) >"$2/have"
	diff "$2/want" "$2/sums" && diff "$2/want" "$2/have"' - "$targets" "$tmp" "$V"
check "dist: the x86_64 binary runs, -V says $V" version_ok "build/dist/netstat-$V-x86_64"
check "dist: the x86_64 tiny binary has no -r" sh -c '
	out=$("$1" -r 2>&1); [ $? = 1 ] && [ "$out" = "netstat: -r is not built into this netstat." ] || { echo "$out"; exit 1; }' \
	- "build/dist/netstat-$V-x86_64-tiny"

# ---- a copy of this tree, as a source tarball would hold it ----
copy() {	# DIR
	mkdir -p "$1" && tar -C "$top" --exclude=./build --exclude=./.git --exclude=./netstat -cf - . |
		tar -C "$1" -xf -
}

# ---- port/alpine/APKBUILD ----
A=port/alpine/APKBUILD
check "alpine: APKBUILD parses (sh -n)" sh -n "$A"
# abuild's variables; build, check and package run in builddir, as abuild does
abuild_env() {	# ROOT COMMANDS: source APKBUILD there with abuild's variables
	r=$1; shift
	env -u MAKEFLAGS -u MAKELEVEL CC=musl-gcc \
		CFLAGS="-Os -fstack-clash-protection -Wformat -Werror=format-security" \
		LDFLAGS="-Wl,--as-needed,-O1,--sort-common" \
		sh -ec '
		startdir=$1/port/alpine srcdir=$2/src pkgdir=$2/pkg/tiny-netstat
		CARCH=x86_64 CTARGET=x86_64-alpine-linux-musl
		. "$1/port/alpine/APKBUILD"
		eval "$3"' - "$top" "$r" "$*"
}
check "alpine: APKBUILD sets pkgname pkgver=$V pkgrel pkgdesc url arch license source" abuild_env "$tmp/apk" '
	[ "$pkgname" = tiny-netstat ] && [ "$pkgver" = '"$V"' ] && [ -n "$pkgrel" ] &&
	[ -n "$pkgdesc" ] && [ -n "$url" ] && [ "$arch" = all ] && [ "$license" = 0BSD ] &&
	[ -n "$source" ] && [ "${sha512sums+set}" = set ] && [ -n "$builddir" ] ||
	{ echo "pkgname=$pkgname pkgver=$pkgver arch=$arch license=$license"; exit 1; }'
check "alpine: APKBUILD defines build check package" abuild_env "$tmp/apk" '
	for f in build check package; do type $f | grep -q function || { type $f; exit 1; }; done'
check "alpine: make with CC given runs no port/setup (and without, does)" sh -c '
	! env -u MAKEFLAGS make -n -B CC=gcc B=build/apk 2>&1 | grep -q port/setup &&
	env -u MAKEFLAGS make -n -B B=build/apk 2>&1 | grep -q port/setup'
copy "$tmp/apk/src/tiny-netstat-$V"
check "alpine: build() check() package() on a copy of the tree" abuild_env "$tmp/apk" '
	builddir=$srcdir/tiny-netstat-$pkgver
	cd "$builddir"; build; check; cd "$builddir"; package'
p=$tmp/apk/pkg/tiny-netstat
check "alpine: pkgdir has usr/bin/netstat and usr/share/man/man8/netstat.8 only" sh -c '
	[ "$(cd "$1" && find . -type f | sort | tr "\n" " ")" = "./usr/bin/netstat ./usr/share/man/man8/netstat.8 " ] ||
	{ cd "$1" && find . -type f; exit 1; }' - "$p"
check "alpine: its netstat -V" version_ok "$p/usr/bin/netstat"
check "alpine: its netstat lists a fixture tree as net-tools" lists_rich "$p/usr/bin/netstat"
check "alpine: its netstat is static" sh -c '[ -x "$1" ] && ! readelf -lW "$1" | grep -q INTERP' - "$p/usr/bin/netstat"
check "alpine: its man page has $V in its title" title_has_version "$p/usr/share/man/man8/netstat.8"
check "alpine: its check() fails on a wrong listing" abuild_env "$tmp/apk" '
	builddir=$srcdir/tiny-netstat-$pkgver; cd "$builddir"
	cp tests/cases/real-x.t "$srcdir/keep"; sed -i "s/11758/11759/" tests/cases/real-x.t
	if check >/dev/null 2>&1; then r=1; else r=0; fi
	cp "$srcdir/keep" tests/cases/real-x.t; exit $r'

# ---- port/openwrt/Makefile, with stub rules.mk and package.mk ----
o=$tmp/openwrt
mkdir -p "$o/include"
cat >"$o/rules.mk" <<'EOF'
# stub of OpenWrt's rules.mk: the variables a package Makefile uses
INCLUDE_DIR := $(TOPDIR)/include
BUILD_DIR ?= $(TOPDIR)/build_dir
INSTALL_DIR := install -d -m0755
INSTALL_BIN := install -m0755
INSTALL_DATA := install -m0644
CP := cp -fpR
TARGET_CC ?= musl-gcc
TARGET_CFLAGS ?= -Os -pipe -fno-caller-saves
TARGET_LDFLAGS ?=
EOF
cat >"$o/include/package.mk" <<'EOF'
# stub of OpenWrt's package.mk: defaults for the hooks, and a BuildPackage
# whose targets run them: prepare, compile, install (into IPKG_ROOT), info
PKG_BUILD_DIR ?= $(BUILD_DIR)/$(PKG_NAME)-$(PKG_VERSION)
IPKG_ROOT ?= $(TOPDIR)/ipkg-root
define Build/Prepare
	mkdir -p $(PKG_BUILD_DIR)
endef
define Build/Configure
endef
define Build/Compile
	$(MAKE) -C $(PKG_BUILD_DIR)
endef
define BuildPackage
$$(eval $$(Package/$(1)))
.PHONY: prepare compile install info
prepare:
	$$(Build/Prepare)
	$$(Build/Configure)
compile: prepare
	$$(Build/Compile)
install: compile
	$$(call Package/$(1)/install,$$(IPKG_ROOT))
info:
	@echo 'name=$(1) version=$$(PKG_VERSION) release=$$(PKG_RELEASE) license=$$(PKG_LICENSE)'
	@echo 'section=$$(SECTION) category=$$(CATEGORY)'
	@echo 'title=$$(TITLE)'
	@echo 'install=$$(if $$(Package/$(1)/install),yes)'
	@echo 'description=$$(if $$(Package/$(1)/description),yes)'
endef
EOF
copy "$o/src"
owrt() {	# make in the package's directory of the copy, as OpenWrt does
	env -u MAKEFLAGS -u MAKELEVEL make --no-print-directory -C "$o/src/port/openwrt" TOPDIR="$o" "$@"
}
check "openwrt: the Makefile parses (make -n)" sh -c '
	env -u MAKEFLAGS make --no-print-directory -n -C "$1/src/port/openwrt" TOPDIR="$1" install >"$1/n.out" 2>&1 &&
	grep -q "B=build/openwrt" "$1/n.out" && grep -q "install -m0755 .*build/openwrt/netstat" "$1/n.out" ||
	{ cat "$1/n.out"; exit 1; }' - "$o"
check "openwrt: PKG_NAME PKG_VERSION=$V PKG_LICENSE SECTION CATEGORY TITLE" sh -c '
	out=$(env -u MAKEFLAGS make --no-print-directory -s -C "$1/src/port/openwrt" TOPDIR="$1" info) || exit 1
	echo "$out"
	echo "$out" | grep -qx "name=tiny-netstat version=$2 release=[0-9]* license=0BSD" &&
	echo "$out" | grep -qx "section=net category=Network" &&
	echo "$out" | grep -q "^title=..." && echo "$out" | grep -qx "install=yes" &&
	echo "$out" | grep -qx "description=yes"' - "$o" "$V"
check "openwrt: prepare, compile, install with TARGET_CC=musl-gcc" owrt -s install \
	TARGET_CC=musl-gcc BUILD_DIR="$o/build_dir" IPKG_ROOT="$o/root"
check "openwrt: installs usr/bin/netstat only" sh -c '
	[ "$(cd "$1" && find . -type f)" = ./usr/bin/netstat ] || { cd "$1" && find . -type f; exit 1; }' - "$o/root"
check "openwrt: usr/bin/netstat mode 0755" mode_is 755 "$o/root/usr/bin/netstat"
check "openwrt: its netstat -V" version_ok "$o/root/usr/bin/netstat"
check "openwrt: its netstat lists a fixture tree as net-tools" lists_rich "$o/root/usr/bin/netstat"
check "openwrt: its netstat is static, section headers gone" sh -c '
	! readelf -lW "$1" | grep -q INTERP && [ "$(od -An -tu2 -j60 -N2 "$1" | tr -d " ")" = 0 ]' - "$o/root/usr/bin/netstat"
check "openwrt: TINY_NETSTAT_MAKE_FLAGS=TINY=1 installs the tiny build" sh -c '
	env -u MAKEFLAGS make --no-print-directory -s -C "$1/src/port/openwrt" TOPDIR="$1" install TARGET_CC=musl-gcc \
		BUILD_DIR="$1/build_tiny" IPKG_ROOT="$1/tiny" TINY_NETSTAT_MAKE_FLAGS=TINY=1 &&
	out=$("$1/tiny/usr/bin/netstat" -r 2>&1); [ "$out" = "netstat: -r is not built into this netstat." ] ||
	{ echo "$out"; exit 1; }' - "$o"

echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
