#!/bin/sh
# SPDX-License-Identifier: 0BSD
#
# tests/minbase.sh [OPTION...] [COMMAND...]: run COMMAND (default: make
# check) as root in a bare Debian 12: a `debootstrap --variant=minbase`
# bookworm root with only gcc, make, git, python3, iproute2, net-tools,
# procps and ca-certificates added, without what they recommend (as a
# debian:12 container with those packages: no netbase, so no
# /etc/services, /etc/protocols, /etc/hosts, /etc/networks; no libc6-dev,
# which tests/deps installs).  The suites must pass there as they do here.
#
# The root is made (with debootstrap, installed here if missing) when it is
# missing, at MINBASE_ROOT (default /var/cache/tiny-netstat/minbase-root)
# from MINBASE_MIRROR (default http://deb.debian.org/debian); it is never
# written to afterwards: each run sees it through an overlay whose upper
# layer (MINBASE_ROOT.run/, on disk, kept until the next run for a look)
# takes what the run changes, packages that tests/deps or port/setup install
# included (the .deb files apt fetches are kept in MINBASE_ROOT.apt/ for the
# next runs).  In a private mount namespace (unshare -m: every mount goes
# when the run ends) it mounts /proc, /sys, /dev, /dev/pts, and tmpfs on
# /dev/shm, /run and /tmp; copies the host's /etc/resolv.conf in; clones
# the work tree's HEAD to /work/tiny-netstat in the root (git clone) and runs
# COMMAND there with chroot, in a clean environment.  One run at a time
# (MINBASE_ROOT.lock).
#
# Options:
#   --worktree   also copy the work tree's uncommitted state over the clone
#                (changed and untracked files that git does not ignore; files
#                deleted in the work tree deleted too): to try changes before
#                they are committed
#   --copy PATH  copy PATH (a file or directory, relative to the top of the
#                work tree) from the work tree over the clone; repeatable
#   --warm       bind the host's MUSL_CACHE (/var/cache/tiny-netstat: the
#                musl builds port/setup makes for the targets Debian has no
#                musl-dev for) read-only into the root at the same place, so
#                that `make cross`/`make qemu-check` do not build them again
#                (cold, the default: the root has none and builds them)
#   --new        remove the root and make it again first
#   --shell      COMMAND is an interactive shell (sh) instead of make check
#
# Exit status: COMMAND's; 2 when the root cannot be made or entered.
set -u
repo=$(cd "$(dirname "$0")/.." && pwd -P)
R=${MINBASE_ROOT:-/var/cache/tiny-netstat/minbase-root}
MIRROR=${MINBASE_MIRROR:-http://deb.debian.org/debian}
CACHE=/var/cache/tiny-netstat
PKGS=gcc,make,git,python3,iproute2,net-tools,procps,ca-certificates
# the options, kept in the environment for the run in the namespace
: "${MB_WORKTREE:=}" "${MB_WARM:=}" "${MB_SHELL:=}" "${MB_COPY:=}"
new=
while [ $# -gt 0 ]; do
	case $1 in
	--worktree) MB_WORKTREE=1 ;;
	--copy)
		[ $# -ge 2 ] || { echo "minbase: --copy needs a path" >&2; exit 2; }
		MB_COPY="$MB_COPY$2
"
		shift ;;
	--warm) MB_WARM=1 ;;
	--new) new=1 ;;
	--shell) MB_SHELL=1 ;;
	--) shift; break ;;
	-*) echo "minbase: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
	shift
done
export MB_WORKTREE MB_WARM MB_SHELL MB_COPY
[ "$(id -u)" = 0 ] || { echo "minbase: must run as root" >&2; exit 2; }

if [ -z "${MINBASE_INNER:-}" ]; then
	# one run at a time (each starts by removing the last one's layer);
	# the lock goes with the last process that holds fd 9
	mkdir -p "${R%/*}" && exec 9>"$R.lock" || exit 2
	flock -n 9 || { echo "minbase: $R is in use by another run" >&2; exit 2; }
	if [ -n "$new" ]; then
		rm -rf "$R" "$R.run" "$R.new"
	fi
	if [ ! -e "$R/.minbase-done" ]; then
		if ! command -v debootstrap >/dev/null; then
			export DEBIAN_FRONTEND=noninteractive
			apt-get update -qq || true
			apt-get install -y -qq debootstrap >/dev/null ||
				{ echo "minbase: cannot install debootstrap" >&2; exit 2; }
		fi
		rm -rf "$R" "$R.new"
		mkdir -p "${R%/*}"
		echo "minbase: making $R (debootstrap --variant=minbase bookworm)" >&2
		debootstrap --variant=minbase --include="$PKGS" bookworm "$R.new" "$MIRROR" \
			>"$R.log" 2>&1 || { tail -n 30 "$R.log" >&2; echo "minbase: debootstrap failed (log: $R.log)" >&2; exit 2; }
		# the apt sources of the debian:12 image
		rm -f "$R.new/etc/apt/sources.list"
		cat >"$R.new/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${MIRROR%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
		chroot "$R.new" apt-get clean
		touch "$R.new/.minbase-done"
		mv "$R.new" "$R" || exit 2
	fi
	for f in services protocols hosts networks; do
		[ ! -e "$R/etc/$f" ] || echo "minbase: warning: $R/etc/$f exists (not a bare minbase root)" >&2
	done
	MINBASE_INNER=1 exec unshare -m --propagation private -- sh "$0" -- "$@"
fi

# ---- in the private mount namespace -------------------------------------
M=$R.run/merged
rm -rf "$R.run"
mkdir -p "$R.run/upper" "$R.run/work" "$M" || exit 2
mount -t overlay -o "lowerdir=$R,upperdir=$R.run/upper,workdir=$R.run/work" minbase "$M" ||
	{ echo "minbase: cannot mount the overlay on $M" >&2; exit 2; }
mount -t proc proc "$M/proc" &&
	mount -t sysfs sysfs "$M/sys" &&
	mount --bind /dev "$M/dev" &&
	mount --bind /dev/pts "$M/dev/pts" &&
	mount -t tmpfs -o mode=1777 shm "$M/dev/shm" &&
	mount -t tmpfs -o mode=0755 run "$M/run" &&
	mount -t tmpfs -o mode=1777 tmp "$M/tmp" || { echo "minbase: cannot mount the file systems" >&2; exit 2; }
# packages apt fetches are kept across runs (installed anew each run)
mkdir -p "$R.apt/partial" && mount --bind "$R.apt" "$M/var/cache/apt/archives" ||
	{ echo "minbase: cannot bind $R.apt" >&2; exit 2; }
if [ -n "$MB_WARM" ]; then
	mkdir -p "$M$CACHE" && mount --bind -o ro "$CACHE" "$M$CACHE" ||
		{ echo "minbase: cannot bind $CACHE" >&2; exit 2; }
fi
cp -L /etc/resolv.conf "$M/etc/resolv.conf" || exit 2

# the work tree's HEAD, and with --worktree what is not committed yet
W=/work/tiny-netstat
mkdir -p "$M${W%/*}"
git -c safe.directory="*" clone -q "$repo" "$M$W" || { echo "minbase: git clone failed" >&2; exit 2; }
if [ -n "$MB_WORKTREE" ]; then
	(cd "$repo" && git -c safe.directory="*" ls-files -z -d) | (cd "$M$W" && xargs -0r rm -f --)
	(cd "$repo" && git -c safe.directory="*" ls-files -z -c -o --exclude-standard |
		tar -c --null -T - --ignore-failed-read -f - 2>/dev/null) | tar -x -C "$M$W" -f - ||
		{ echo "minbase: cannot copy the work tree" >&2; exit 2; }
fi
if [ -n "$MB_COPY" ]; then
	(cd "$repo" && printf %s "$MB_COPY" | tar -c -T - -f -) | tar -x -C "$M$W" -f - ||
		{ echo "minbase: cannot copy $MB_COPY" >&2; exit 2; }
fi

if [ -n "$MB_SHELL" ]; then
	set -- sh
elif [ $# -eq 0 ]; then
	set -- make check
fi
exec chroot "$M" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" \
	PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	sh -c 'cd "$0" && exec "$@"' "$W" "$@"
