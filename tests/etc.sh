# tests/etc.sh: the one /etc of every test suite, sourced by
# tests/fixtures.sh (so tests/oracle.sh), tests/faults.sh, tests/scratch.sh
# and tests/live/lib.sh (every live suite, qemu/smoke).  Needs "here" set to
# the tests directory.
#
# What netstat and net-tools print without -n depends on /etc/services,
# /etc/protocols, /etc/hosts, /etc/networks, /etc/passwd (and net-tools'
# glibc on /etc/nsswitch.conf, ours on /etc/resolv.conf), which differ from
# machine to machine or are missing (a minbase Debian has no netbase: no
# services, protocols, hosts, networks).  So no suite reads the machine's:
#
# etc_hermetic [FILE...]: makes /etc a tmpfs copy of itself (what this user
# can read of it: links, /etc/alternatives, ld.so.cache for the tools), with
# the files of tests/fixtures/etc put in (hosts, passwd, group, services,
# protocols, networks, nsswitch.conf, resolv.conf: DNS to 127.0.0.1), then
# each FILE (a path; it becomes /etc/ its base name, mode 644).  Files /etc
# lacks are created in the copy: the machine's /etc is never written.  Only
# in a private mount namespace (unshare -m; refused where it may be the
# machine's), whose mounts are made private first.  Called again in the same
# namespace, it only puts the FILEs in.  Returns non-zero after a message on
# stderr if it cannot.
#
# netns_hermetic: an empty /run/netns (where --netns=NAME looks) on a tmpfs
# of its own, in the same kind of namespace: the machine's may hold
# namespaces or be missing (a fresh container has none).  Where it is
# missing, a tmpfs goes over all of /run first (nothing the suites run
# needs the machine's /run), so that it is never created there.
#
# SPDX-License-Identifier: 0BSD

ETC_FILES='hosts passwd group services protocols networks nsswitch.conf resolv.conf'

# _etc_private NAME: refuses a mount namespace that may be the machine's:
# one that no ancestor of this shell is outside of (in a PID namespace of
# its own, as the suites' unshare -p --fork --mount-proc, whose ancestors
# outside are out of sight, it is trusted; not in the kernel's first PID
# namespace, whose inode number is fixed).  Then makes the mounts private.
_etc_private() {
	_etc_ns=$(readlink /proc/self/ns/mnt) _etc_p=$$ _etc_ok=
	while _etc_p=$(awk '/^PPid:/ { print $2 }' "/proc/$_etc_p/status" 2>/dev/null) &&
		[ -n "$_etc_p" ] && [ "$_etc_p" != 0 ]; do
		_etc_m=$(readlink "/proc/$_etc_p/ns/mnt" 2>/dev/null) || continue
		[ "$_etc_m" = "$_etc_ns" ] || { _etc_ok=1; break; }
	done
	if [ -z "$_etc_ok" ]; then
		_etc_m=$(readlink /proc/self/ns/pid 2>/dev/null)
		if [ -z "$_etc_m" ] || [ "$_etc_m" = "pid:[4026531836]" ]; then
			echo "$1: not in a private mount namespace (unshare -m)" >&2
			return 2
		fi
	fi
	mount --make-rprivate / 2>/dev/null
	return 0
}

etc_hermetic() {
	_etc_private etc_hermetic || return 2
	if [ ! -e /etc/.tests-etc ]; then
		_etc_d=$(mktemp -d "${TMPDIR:-/tmp}/tests-etc.XXXXXX") || return 2
		if ! mount -t tmpfs -o mode=0755 tests-etc "$_etc_d"; then
			rmdir "$_etc_d"
			echo "etc_hermetic: cannot mount a tmpfs" >&2
			return 2
		fi
		# errors: files this user may not read (shadow without real
		# root), owners it cannot give; the copy goes on without them
		cp -a /etc/. "$_etc_d/" 2>/dev/null
		for _etc_f in $ETC_FILES; do
			_etc_put "$_etc_d" "$here/fixtures/etc/$_etc_f" ||
				{ umount "$_etc_d"; rmdir "$_etc_d"; return 2; }
		done
		: >"$_etc_d/.tests-etc"
		chmod 755 "$_etc_d"
		if ! mount --bind "$_etc_d" /etc; then
			umount "$_etc_d"
			rmdir "$_etc_d"
			echo "etc_hermetic: cannot bind a copy over /etc" >&2
			return 2
		fi
		umount "$_etc_d" && rmdir "$_etc_d"
	fi
	for _etc_f; do
		_etc_put /etc "$_etc_f" || return 2
	done
}

# _etc_put DIR FILE: FILE as DIR/its base name, mode 644, replacing what was
# there (a link is removed, never followed: /etc/resolv.conf often points
# into /run, which is the machine's)
_etc_put() {
	_etc_t=$1/${2##*/}
	rm -rf "$_etc_t" && cp "$2" "$_etc_t" && chmod 644 "$_etc_t" ||
		{ echo "etc_hermetic: cannot put $2 in $1" >&2; return 2; }
}

netns_hermetic() {
	_etc_private netns_hermetic || return 2
	if [ ! -d /run/netns ]; then
		mount -t tmpfs -o mode=0755 tests-run /run && mkdir /run/netns ||
			{ echo "netns_hermetic: cannot mount a tmpfs on /run" >&2; return 2; }
	fi
	mount -t tmpfs -o mode=0755 tests-netns /run/netns ||
		{ echo "netns_hermetic: cannot mount a tmpfs on /run/netns" >&2; return 2; }
}
