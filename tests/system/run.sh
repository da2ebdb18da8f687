#!/bin/sh
# tests/system/run.sh [GUEST...]: boot real Debian 12 kernels under
# qemu-system (TCG, no KVM) and compare our netstat with Debian's own
# net-tools netstat inside the guest.  As root, on Debian 12 x86_64.
#
# Guests (default: s390x armhf minimal):
#   s390x    linux-image-<abi>-s390x:s390x, qemu-system-s390x -M s390-ccw-virtio
#   armhf    linux-image-<abi>-armmp:armhf, qemu-system-arm -M virt
#   minimal  the armhf kernel with an initramfs of /init and /bin/netstat
#            only (the initramfs rescue shell: no /etc, no libc, no shell)
#
# What is compared (tests/system/init.c, PID 1 of every guest, says how):
#   s390x, armhf: every flag set of init.c's FULL list, run by net-tools
#     and by ours in the same boot, stdout, stderr and exit status byte for
#     byte (-s and -i: text the same, our counters between two runs of
#     net-tools, as tests/live-stats.sh), with NETSTAT_SOURCE unset and
#     =proc; the SCTP ones are named "sctp ..."; and, before SCTP is
#     loaded, the flag sets of init.c's NOETC list with an empty tmpfs
#     over /etc ("noetc ...", byte for byte too).
#   minimal: ours must exit 0 with an empty stderr on each NOETC flag set,
#     and its stdout must be what net-tools printed in the armhf guest's
#     no-/etc pass (same kernel, another boot).  Across boots the kernel's
#     hash order of the rows and the inode numbers differ, and lo's
#     counters too, so this comparison (done here, on the host) sorts the
#     lines, writes the I-Node of unix rows and -i's eight counters as "#"
#     and squeezes blanks in those lines only.  "minimal" alone boots
#     armhf too.
#
# Packages come from the apt registry (apt-get download, dpkg -x): the
# kernel (the version linux-image-s390x / linux-image-armmp depend on now),
# net-tools, libc6, libselinux1, libpcre2-8-0 of the guest architecture.
# Everything is cached in $SYSTEM_CACHE (default
# /var/cache/tiny-netstat/system): debs, extracted trees, initramfs images
# (rebuilt when init, our netstat or the /etc files change), so a second
# run only builds and boots (SYSTEM_REFRESH=1: ask apt again which kernel
# is current, and download what is not cached yet).  A package that apt
# cannot download (after one apt-get update) skips that guest: "SKIP
# GUEST: PACKAGE not in the registry", and in the summary "system-GUEST:
# skipped (...)", counted neither as passed nor as failed; exit status 2
# if every guest was skipped.
#
# Output: per guest its failures (with the first 30 differing lines), then
# "system-GUEST: N passed, M failed" (0 passed, 1 failed and the console's
# tail if it did not finish in SYSTEM_TIMEOUT), last "system: N passed, M
# failed"; exit 1 on any failure.  Raw console logs: build/system/GUEST.log.
# Environment: SYSTEM_TIMEOUT seconds per boot (default 900),
# SYSTEM_JOBS guests booted at once (default: the number of CPUs),
# SYSTEM_CACHE, SYSTEM_REFRESH=1 (above), SYSTEM_NOBOOT=1 (no boot: the
# results of the logs already in build/system), SYSTEM_DUMP=1 (net-tools'
# stdout of every check on the console too, for reading),
# SYSTEM_NETSTAT_WRAP=FILE.c (testing the test: a C program, built static
# for the guest and put at /bin/netstat in front of ours, which is then
# /bin/netstat.real).
#
# SPDX-License-Identifier: 0BSD
set -u
cd "$(dirname "$0")/../.." || exit 2
C=${SYSTEM_CACHE:-/var/cache/tiny-netstat/system}
# a cache that cannot be written (bound read-only, as tests/minbase.sh --warm
# does) is used from a copy under build/system
if [ -d "$C" ] && ! { touch "$C/.writable" && rm -f "$C/.writable"; } 2>/dev/null; then
	echo "system: $C is read-only: working on a copy in build/system/cache"
	mkdir -p build/system && rm -rf build/system/cache && cp -a "$C" build/system/cache || exit 1
	C=$PWD/build/system/cache
fi
OUT=build/system
TMO=${SYSTEM_TIMEOUT:-900}
JOBS=${SYSTEM_JOBS:-$(nproc 2>/dev/null || echo 1)}
export DEBIAN_FRONTEND=noninteractive LC_ALL=C
[ $# -gt 0 ] || set -- s390x armhf minimal
[ "$(id -u)" = 0 ] || { echo "system: must run as root (apt-get, dpkg)" >&2; exit 2; }
mkdir -p "$C" "$OUT" || exit 2

guests=
for g; do
	case $g in
	s390x | armhf | minimal) ;;
	*) echo "system: unknown guest '$g' (s390x, armhf, minimal)" >&2; exit 2 ;;
	esac
	case " $guests " in *" $g "*) ;; *) guests="$guests $g" ;; esac
done
# the minimal guest is compared with the armhf guest's no-/etc pass
case " $guests " in
*" minimal "*) case " $guests " in *" armhf "*) ;; *)
	echo "system: minimal is compared with the armhf guest's no-/etc pass: booting armhf too"
	guests="armhf$guests" ;; esac ;;
esac

arch_of() { case $1 in minimal) echo armhf ;; *) echo "$1" ;; esac; }

# ---- host tools ----------------------------------------------------------------
updated=
apt_update() {
	[ -n "$updated" ] && return 0
	updated=1
	apt-get update -qq >/dev/null 2>&1 || echo "system: apt-get update failed in part, going on" >&2
}
need='cpio:cpio readelf:binutils make:make xz:xz-utils timeout:coreutils'
for g in $guests; do
	case $(arch_of "$g") in
	s390x) need="$need qemu-system-s390x:qemu-system-misc" ;;
	armhf) need="$need qemu-system-arm:qemu-system-arm" ;;
	esac
done
missing=
for n in $need; do
	command -v "${n%%:*}" >/dev/null 2>&1 && continue
	case " $missing " in *" ${n#*:} "*) ;; *) missing="$missing ${n#*:}" ;; esac
done
if [ -n "$missing" ]; then
	echo "system: installing$missing"
	apt_update
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >"$OUT/apt.log" 2>&1 ||
		{ cat "$OUT/apt.log"; echo "system: cannot install$missing" >&2; exit 2; }
fi

# ---- packages ------------------------------------------------------------------
# fetch ARCH PKG...: the debs into $C/ARCH/debs (kept); the first package
# that cannot be had in $bad.  (apt reads all its lists at each call, some
# 20 s here: one call for all that is missing, more only to name a failure)
fetch() {
	a=$1
	shift
	mkdir -p "$C/$a/debs"
	bad='' want=''
	for p; do
		ls "$C/$a/debs/${p}_"*"_$a.deb" >/dev/null 2>&1 || want="$want $p:$a"
	done
	[ -n "$want" ] || return 0
	# shellcheck disable=SC2086
	dl() { (cd "$C/$a/debs" && apt-get download -qq -o APT::Sandbox::User=root "$@") >/dev/null 2>&1; }
	# shellcheck disable=SC2086
	dl $want && return 0
	apt_update
	# shellcheck disable=SC2086
	dl $want && return 0
	for p in $want; do
		dl "$p" || { bad=${p%:*}; return 1; }
	done
}

# kernel_pkg ARCH: kp=linux-image-<abi>-<flavour>, what the meta package
# depends on (asked once, then kept in $C/ARCH/kernel; SYSTEM_REFRESH=1
# asks again)
kernel_pkg() {
	case $1 in s390x) f=s390x ;; armhf) f=armmp ;; esac
	if [ -z "${SYSTEM_REFRESH:-}" ] && [ -s "$C/$1/kernel" ]; then
		kp=$(cat "$C/$1/kernel")
		return
	fi
	ask() {
		apt-cache depends "linux-image-$f:$1" 2>/dev/null |
			sed -n "s/^ *Depends: \(linux-image-[0-9][^:]*-$f\)\(:$1\)*$/\1/p" | head -n 1
	}
	kp=$(ask "$1")
	[ -n "$kp" ] || { apt_update; kp=$(ask "$1"); }
	mkdir -p "$C/$1"
	[ -z "$kp" ] || echo "$kp" >"$C/$1/kernel"
	kp=${kp:-linux-image-$f}
}

# extract ARCH: dpkg -x of every cached deb of ARCH into $C/ARCH/x (again
# only when the set of debs changed)
extract() {
	x=$C/$1/x
	list=$(cd "$C/$1/debs" && ls ./*.deb)
	[ -f "$x.stamp" ] && [ "$(cat "$x.stamp")" = "$list" ] && return 0
	rm -rf "$x" "$x.stamp" "$C/$1/modindex"
	mkdir -p "$x"
	for d in "$C/$1/debs"/*.deb; do
		dpkg -x "$d" "$x" || return 1
	done
	echo "$list" >"$x.stamp"
}

# ---- the initramfs -------------------------------------------------------------
# copy_in PATH: $x/PATH into $S/PATH, symlinks kept and followed
copy_in() {
	p=$1 n=0
	while [ $n -lt 10 ]; do
		[ -e "$S$p" ] || [ -L "$S$p" ] && return 0
		mkdir -p "$S${p%/*}"
		cp -a "$x$p" "$S$p" || return 1
		[ -L "$x$p" ] || return 0
		t=$(readlink "$x$p")
		case $t in /*) p=$t ;; *) p=${p%/*}/$t ;; esac
		n=$((n + 1))
	done
}

# libs_of FILE: copies in the libraries FILE needs (DT_NEEDED, recursively)
libs_of() {
	for so in $(readelf -dW "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
		found=
		for d in /lib/$triplet /usr/lib/$triplet /lib /usr/lib; do
			[ -e "$x$d/$so" ] || continue
			found=$d/$so
			break
		done
		[ -n "$found" ] || { echo "system: $so (needed by ${1#"$x"}) is in none of the packages" >&2; return 1; }
		[ -e "$S$found" ] && continue
		copy_in "$found" || return 1
		libs_of "$x$found" || return 1
	done
}

# modfile NAME: the module file of NAME in $x (- and _ alike), "" if none
modfile() {
	[ -f "$C/$arch/modindex" ] || find "$x/lib/modules/$kver" -name '*.ko*' >"$C/$arch/modindex"
	grep -E "/$(echo "$1" | sed 's/[-_]/[-_]/g')\.ko(\.[a-z]+)?$" "$C/$arch/modindex" | head -n 1
}

modinfo_field() {	# FILE FIELD: the .modinfo value(s) of FIELD
	case $1 in
	*.xz) xz -dc "$1" ;; *.zst) zstd -qdc "$1" ;; *.gz) gzip -dc "$1" ;; *) cat "$1" ;;
	esac | tr '\0' '\n' | sed -n "s/^$2=//p"
}

# add_module GROUP NAME: NAME after what it depends on (modinfo depends=,
# softdep pre:; a soft dependency NAME without a module of that name is
# NAME_generic, as crc32c), into $S/modules and $S/modules/list
add_module() {
	case " $loaded " in *" $2 "*) return 0 ;; esac
	f=$(modfile "$2")
	if [ -z "$f" ]; then
		f=$(modfile "${2}_generic")
		[ -n "$f" ] || { echo "system: module $2 not in $kver" >&2; return 1; }
	fi
	set -- "$1" "$(basename "${f%%.ko*}")" "$f"
	case " $loaded " in *" $2 "*) return 0 ;; esac
	for d in $(modinfo_field "$3" softdep | sed 's/post:.*//; s/pre://g') \
		$(modinfo_field "$3" depends | tr , ' '); do
		add_module "$1" "$d" || return 1
	done
	case $3 in
	*.xz) xz -dc "$3" >"$S/modules/$2.ko" ;; *.zst) zstd -qdc "$3" >"$S/modules/$2.ko" ;;
	*.gz) gzip -dc "$3" >"$S/modules/$2.ko" ;; *) cp "$3" "$S/modules/$2.ko" ;;
	esac || return 1
	echo "$1 $2 /modules/$2.ko" >>"$S/modules/list"
	loaded="$loaded $2"
}

# cpio_of DIR FILE: a newc archive of DIR, owned by root
cpio_of() {
	(cd "$1" && find . | sort | cpio -o -H newc -R 0:0 --quiet) >"$2.new" && mv "$2.new" "$2"
}

# prepare GUEST: packages, builds, initramfs; sets kernel, initrd, kver, arch
prepare() {
	g=$1 arch=$(arch_of "$1")
	case $arch in
	s390x) triplet=s390x-linux-gnu ;;
	armhf) triplet=arm-linux-gnueabihf ;;
	esac
	# our netstat and the init, built for the guest with the project's
	# toolchain (port/ARCH.mk: musl, static; port/setup also adds the dpkg
	# architecture that apt-get download needs)
	make -s --no-print-directory TARGET="$arch" "build/$arch/netstat" >"$OUT/$g.build" 2>&1 ||
		{ cat "$OUT/$g.build"; echo "system: $g: cannot build build/$arch/netstat" >&2; return 1; }
	mkdir -p "$OUT/$arch"
	init=$OUT/$arch/init
	ikey=$(cat tests/system/init.c "port/$arch.mk" | cksum)
	if [ ! -f "$init" ] || [ "$(cat "$init.key" 2>/dev/null)" != "$ikey" ]; then
		# shellcheck disable=SC2086  # CC and PORT_CFLAGS are words
		(eval "$(sh port/vars "$arch")" &&
			$CC -Os -static -s -std=c99 -Wall -Wextra -Wno-unused-parameter $PORT_CFLAGS \
				-o "$init" tests/system/init.c) >"$OUT/$g.build" 2>&1 ||
			{ cat "$OUT/$g.build"; echo "system: $g: cannot build the init" >&2; return 1; }
		echo "$ikey" >"$init.key"
	fi

	# apt must know the architecture (port/setup has added it if it built
	# musl-dev:ARCH in; make sure)
	if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
		dpkg --add-architecture "$arch" && updated= && apt_update
	fi
	kernel_pkg "$arch"
	if ! fetch "$arch" "$kp" net-tools libc6 libselinux1 libpcre2-8-0; then
		echo "SKIP $g: $bad not in the registry"
		skipped="$skipped $g:$bad"
		return 1
	fi
	x=$C/$arch/x
	# only the kernel of the current ABI in the tree
	for d in "$C/$arch/debs"/linux-image-*.deb; do
		case ${d##*/} in "${kp}_"*) ;; *) rm -f "$d" ;; esac
	done
	extract "$arch" || { echo "system: $g: cannot extract the packages" >&2; return 1; }
	kver=${kp#linux-image-}
	kernel=$x/boot/vmlinuz-$kver
	[ -f "$kernel" ] || { echo "system: $g: no $kernel" >&2; return 1; }

	initrd=$C/$g.cpio
	wrap=
	if [ -n "${SYSTEM_NETSTAT_WRAP:-}" ]; then
		wrap=$OUT/$arch/wrap
		# shellcheck disable=SC2086
		(eval "$(sh port/vars "$arch")" &&
			$CC -Os -static -s $PORT_CFLAGS -o "$wrap" "$SYSTEM_NETSTAT_WRAP") >"$OUT/$g.build" 2>&1 ||
			{ cat "$OUT/$g.build"; echo "system: $g: cannot build $SYSTEM_NETSTAT_WRAP" >&2; return 1; }
	fi
	key=$( { echo "$kp"; cat "$x.stamp"; cksum "$init" "build/$arch/netstat" tests/system/run.sh \
		tests/fixtures/etc/* /etc/services /etc/protocols ${wrap:+"$wrap"} 2>/dev/null; } | cksum)
	if [ -f "$initrd" ] && [ "$(cat "$initrd.key" 2>/dev/null)" = "$key" ]; then
		rm -f "$OUT/$g.build"
		return 0
	fi

	S=$C/$g.stage
	rm -rf "$S" && mkdir -p "$S/bin" || return 1
	cp "$init" "$S/init" && cp "build/$arch/netstat" "$S/bin/netstat" || return 1
	if [ -n "$wrap" ]; then
		mv "$S/bin/netstat" "$S/bin/netstat.real" && cp "$wrap" "$S/bin/netstat" || return 1
	fi
	if [ "$g" != minimal ]; then
		# net-tools' netstat, its ELF interpreter and libraries where
		# PT_INTERP and DT_NEEDED find them
		mkdir -p "$S/nt" && cp "$x/bin/netstat" "$S/nt/netstat" || return 1
		interp=$(readelf -lW "$x/bin/netstat" | sed -n 's/.*program interpreter: \(.*\)]/\1/p')
		if [ -z "$interp" ] || ! copy_in "$interp"; then
			echo "system: $g: no ELF interpreter for net-tools' netstat" >&2
			return 1
		fi
		libs_of "$x/bin/netstat" || return 1
		# the fixture suite's /etc (tests/etc.sh), with this host's services
		# and protocols where it has them; DNS to 127.0.0.1, where nothing
		# answers
		mkdir -p "$S/etc"
		for f in hosts passwd group networks nsswitch.conf resolv.conf services protocols; do
			[ -f "tests/fixtures/etc/$f" ] && cp "tests/fixtures/etc/$f" "$S/etc/$f"
		done
		for f in services protocols; do
			[ -f "/etc/$f" ] && cp "/etc/$f" "$S/etc/$f"
		done
		[ -f "$S/etc/resolv.conf" ] || echo 'nameserver 127.0.0.1' >"$S/etc/resolv.conf"
		# the modules: sock_diag's, then SCTP's
		mkdir -p "$S/modules"
		: >"$S/modules/list"
		loaded=
		for m in inet_diag tcp_diag udp_diag raw_diag; do
			add_module diag "$m" || return 1
		done
		for m in sctp sctp_diag; do
			add_module sctp "$m" || return 1
		done
	fi
	cpio_of "$S" "$initrd" || return 1
	echo "$key" >"$initrd.key"
	rm -rf "$S" "$OUT/$g.build"
}

# boot GUEST: qemu, the console into $OUT/GUEST.log
boot() {
	g=$1
	set -- -m 512 -smp 1 -nographic -no-reboot -nic none -kernel "$2" -initrd "$3"
	a="quiet panic=-1 guest=$g${SYSTEM_DUMP:+ dump=all}"
	case $(arch_of "$g") in
	s390x) set -- qemu-system-s390x -M s390-ccw-virtio "$@" -append "console=ttysclp0 $a" ;;
	armhf) set -- qemu-system-arm -M virt,highmem=off -cpu cortex-a15 "$@" -append "console=ttyAMA0 $a" ;;
	esac
	echo "system: booting $g: $*" >"$OUT/$g.log"
	t0=$(date +%s)
	timeout -k 10 "$TMO" "$@" </dev/null >>"$OUT/$g.log" 2>&1
	echo "system: qemu exit status $? after $(($(date +%s) - t0)) s" >>"$OUT/$g.log"
}

# ---- prepare and boot -----------------------------------------------------------
skipped='' ready=''
for g in $guests; do
	if prepare "$g"; then
		echo "system: $g: Debian kernel $kver, $initrd"
		ready="$ready $g"
		eval "kernel_$g=\$kernel initrd_$g=\$initrd kver_$g=\$kver"
	else
		case " $skipped " in *" $g:"*) ;; *) skipped="$skipped $g:setup" ;; esac
	fi
done

# JOBS lanes, the guests dealt out to them in turn, each lane booting its
# guests one after the other
i=0
for g in $ready; do
	[ -z "${SYSTEM_NOBOOT:-}" ] || continue
	eval "lane$((i % JOBS))=\"\${lane$((i % JOBS)):-} $g\""
	i=$((i + 1))
done
[ -n "${SYSTEM_NOBOOT:-}" ] || [ -z "$ready" ] ||
	echo "system: booting$ready ($JOBS at a time, at most $TMO s each)"
i=0
while [ $i -lt "$JOBS" ]; do
	eval "l=\${lane$i:-}"
	[ -z "$l" ] || (for g in $l; do eval "boot $g \"\$kernel_$g\" \"\$initrd_$g\""; done) &
	i=$((i + 1))
done
wait

# ---- results --------------------------------------------------------------------
# console lines of the guest, "@@ " and carriage returns off
glines() { sed -n 's/\r$//; s/^@@ //p' "$OUT/$1.log"; }

# block LOG LABEL: the dump "> LABEL" ... "< LABEL ..." of a log
block() {
	glines "$1" | awk -v l="$2" '
		$0 == "> " l { on = 1; next }
		on && index($0, "< " l " ") == 1 { exit }
		on && /^\| / { print substr($0, 3); next }
		on && $0 == "|" { print ""; next }'
}

# norm FLAGS: what two boots have the same (see the top): lines sorted,
# unix rows' I-Node and -i's counters as "#"
norm() {
	awk -v flags="$1" '
		BEGIN { iface = flags ~ /^-[a-zA-Z]*i/ }
		$1 == "unix" {
			for (i = 2; i <= NF; i++) if ($i == "]") break
			for (i++; i <= NF; i++) if ($i ~ /^[0-9]+$/) { $i = "#"; break }
			print; next
		}
		iface && $1 == "Iface" { seen = 1; print; next }
		iface && seen && NF >= 11 { for (i = 3; i <= 10; i++) $i = "#"; print; next }
		{ print }' | sort
}

P=0 F=0 nskip=0
for g in $guests; do
	case " $ready " in *" $g "*) ;; *)
		why=$(echo "$skipped" | tr ' ' '\n' | sed -n "s/^$g://p")
		case $why in
		setup)
			echo "system-$g: could not be prepared (see above): 0 passed, 1 failed"
			F=$((F + 1)) ;;
		*)
			echo "system-$g: skipped ($why not in the registry)"
			nskip=$((nskip + 1)) ;;
		esac
		continue ;;
	esac
	kv=''
	eval "kv=\$kver_$g"
	line=$(glines "$g" | grep -E "^system-$g: [0-9]+ passed, [0-9]+ failed$" | tail -n 1)
	echo "== system-$g ($(arch_of "$g"), Debian kernel $kv)"
	# failures with their diffs
	glines "$g" | awk '
		/^FAIL / { on = 1; print; next }
		/^(PASS|>|<|system-|start|note) / || /^\|/ { on = 0 }
		on && /^  / { print }
		/^note / { print }'
	if [ -z "$line" ]; then
		echo "system-$g: did not finish; the console's last lines:"
		sed 's/\r$//' "$OUT/$g.log" | tail -n 30 | sed 's/^/  | /'
		p=0 f=1
	else
		# shellcheck disable=SC2086  # "N passed, M failed" into words
		set -- ${line#*: }
		p=$1 f=$3
	fi
	sed -n 's/\r$//; s/^system: \(qemu exit status .*\)/  \1/p' "$OUT/$g.log"
	sp=$(glines "$g" | grep -c '^PASS sctp ')
	sf=$(glines "$g" | grep -c '^FAIL sctp ')
	[ $((sp + sf)) -eq 0 ] || echo "  of which sctp: $sp passed, $sf failed"
	if [ "$g" = minimal ] && [ -n "$line" ]; then
		# ours in the minimal guest against net-tools in armhf's no-/etc pass
		hp=0 hf=0
		for lab in $(glines minimal | sed -n 's/^> \(minimal\(-proc\)* \)/\1/p' | tr ' ' '~'); do
			lab=$(echo "$lab" | tr '~' ' ')
			flags=${lab#* }
			case $lab in minimal-proc*) name="[proc] $flags" ;; *) name=$flags ;; esac
			if ! glines armhf | grep -qx "> noetc $flags"; then
				echo "FAIL minimal=net-tools $name: no net-tools output (armhf's no-/etc pass)"
				hf=$((hf + 1))
				continue
			fi
			block armhf "noetc $flags" | norm "$flags" >"$OUT/minimal.ref"
			block minimal "$lab" | norm "$flags" >"$OUT/minimal.ours"
			if [ ! -s "$OUT/minimal.ref" ]; then
				echo "FAIL minimal=net-tools $name: net-tools' output is empty"
				hf=$((hf + 1))
			elif cmp -s "$OUT/minimal.ref" "$OUT/minimal.ours"; then
				hp=$((hp + 1))
			else
				echo "FAIL minimal=net-tools $name"
				diff -u --label "net-tools (armhf, no /etc), normalised" \
					--label "ours (minimal), normalised" \
					"$OUT/minimal.ref" "$OUT/minimal.ours" | tail -n +3 | head -n 30 | sed 's/^/  /'
				hf=$((hf + 1))
			fi
		done
		rm -f "$OUT/minimal.ref" "$OUT/minimal.ours"
		[ $((hp + hf)) -gt 0 ] || { echo "FAIL minimal: nothing to compare"; hf=1; }
		echo "  minimal against net-tools (host): $hp passed, $hf failed"
		p=$((p + hp)) f=$((f + hf))
	fi
	echo "system-$g: $p passed, $f failed"
	P=$((P + p)) F=$((F + f))
done
echo "system: $P passed, $F failed"
[ "$F" -eq 0 ] || exit 1
[ $((P + F)) -gt 0 ] || exit 2	# every guest skipped: nothing was tested
