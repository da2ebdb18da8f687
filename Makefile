# tiny static netstat.  `make help` lists the targets.
TARGET ?= x86_64
include port/$(TARGET).mk

# TINY=1: the socket listing alone (see README for what each mode costs)
TINY_FEATURES := -DFEATURE_ROUTE=0 -DFEATURE_IFACE=0 -DFEATURE_STATS=0 -DFEATURE_GROUPS=0 \
                 -DFEATURE_IDENTITY=0 -DFEATURE_DNS=0 -DFEATURE_JSON=0 -DFEATURE_NETNS=0
B       := build/$(TARGET)$(if $(TINY),-tiny)
FEATURES += $(if $(TINY),$(TINY_FEATURES))
TARGETS := $(sort $(basename $(notdir $(wildcard port/*.mk))))
# what else makes the x86_64 build smaller, flag by flag (make size)
SMALLER := -fno-expensive-optimizations -fno-if-conversion -fno-tree-tail-merge \
           -fno-move-loop-invariants -fno-shrink-wrap -fno-optimize-sibling-calls -fno-caller-saves
OPT     := -Oz -std=c99 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter \
           -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables \
           -fno-unwind-tables -fno-stack-protector -fomit-frame-pointer -fno-pie \
           -fno-jump-tables -fno-inline-functions-called-once $(SMALLER)
LDOPT   := -static -s -Wl,--gc-sections -Wl,-z,noseparate-code \
           -Wl,--build-id=none -Wl,-z,norelro -Wl,-z,common-page-size=16
SANITIZE := -O1 -g -std=c99 -D_GNU_SOURCE -Wall -fsanitize=address,undefined \
           -fno-sanitize-recover=all -fno-omit-frame-pointer

# the version is the one `netstat -V` prints (version_text in applet/netstat.c),
# so that a tarball without .git has it too; make VERSION=x overrides it
VERSION := $(or $(shell sed -n 's/^"netstat [^0-9]*\([0-9][^ ,]*\),.*/\1/p' applet/netstat.c),unknown)
# make install: $(DESTDIR)$(BINDIR)/netstat and $(DESTDIR)$(MANDIR)/man8/netstat.8
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
INSTALL ?= install

.PHONY: all run check bench cross size qemu-check system-check toolchain asan clean help install uninstall dist
all: $(B)/netstat

$(B)/netstat: applet/netstat.c port/$(TARGET).mk Makefile build/sstrip
	@mkdir -p $(B)
	$(CC) $(OPT) $(PORT_CFLAGS) $(CFLAGS) $(FEATURES) $(LDOPT) $(PORT_LDFLAGS) $(LDFLAGS) -o $@ applet/netstat.c
	build/sstrip $@

# the section headers go too (port/sstrip.c): 1 KiB that nothing running it reads
build/sstrip: port/sstrip.c
	@mkdir -p build
	gcc -O2 -Wall -o $@ port/sstrip.c

netstat: build/x86_64/netstat
	cp $< $@

$(B)/netstat: | toolchain-$(TARGET)

# port/setup installs, with apt, what port/$(TARGET).mk needs; a build that
# names its compiler (make CC=..., as port/alpine and port/openwrt do) or a
# host without dpkg brings its own
toolchain-%:
	@$(if $(filter command line,$(origin CC)),:,command -v dpkg-query >/dev/null || exit 0; sh port/setup $*)

cross:
	@sh port/setup $(TARGETS)
	@st=0; for t in $(TARGETS); do \
		$(MAKE) --no-print-directory TARGET=$$t || st=1; \
		$(MAKE) --no-print-directory TARGET=$$t TINY=1 || st=1; done; exit $$st

size:
	@sh port/size $(TARGETS)

# the build of TARGET (TINY=1: its tiny one) and the man page, with VERSION
# in its title line; uninstall removes these two files and nothing else
install: $(B)/netstat applet/netstat.8
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)/man8"
	$(INSTALL) -m 0755 $(B)/netstat "$(DESTDIR)$(BINDIR)/netstat"
	sed '/^\.TH /s/"tiny static netstat"/"tiny static netstat $(VERSION)"/' applet/netstat.8 \
		>"$(DESTDIR)$(MANDIR)/man8/netstat.8"
	chmod 0644 "$(DESTDIR)$(MANDIR)/man8/netstat.8"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/netstat" "$(DESTDIR)$(MANDIR)/man8/netstat.8"

# every target, full and tiny, as build/dist/netstat-VERSION-TARGET[-tiny],
# and their SHA256SUMS (cd build/dist && sha256sum -c SHA256SUMS)
dist: cross
	@rm -rf build/dist && mkdir -p build/dist
	@for t in $(TARGETS); do for v in $$t $$t-tiny; do \
		cp build/$$v/netstat build/dist/netstat-$(VERSION)-$$v && \
		chmod 0755 build/dist/netstat-$(VERSION)-$$v || exit 1; done; done
	cd build/dist && sha256sum netstat-$(VERSION)-* >SHA256SUMS
	@ls -l build/dist

# Debian's s390x and armhf kernels under qemu-system (and an initramfs of
# netstat alone): ours against the guest's own net-tools (tests/system/)
system-check:
	@sh tests/system/run.sh

qemu-check:
	@sh tests/deps
	@sh port/setup $(TARGETS)
	@sh qemu/check $(TARGETS)

run: netstat
	./netstat -tulpn

build/asan/netstat: applet/netstat.c
	@mkdir -p build/asan
	gcc $(SANITIZE) $(FEATURES) -o $@ applet/netstat.c

asan: build/asan/netstat

check:
	@sh tests/check

# helpers of the tests, for this host: the socket population of the live
# tests (tests/live/lib.sh, qemu/check), the system call faults of
# tests/live.sh, and tests/bench.sh's population, timer and bare dump
build/sockpop: tests/live/sockpop.c
	@mkdir -p build
	gcc -O2 -Wall -o $@ tests/live/sockpop.c

build/failsys: tests/live/failsys.c
	@mkdir -p build
	gcc -O2 -Wall -o $@ tests/live/failsys.c

# parse_ip() beside glibc's inet_pton() (tests/parse-ip.c includes the applet)
build/parse-ip: tests/parse-ip.c applet/netstat.c
	@mkdir -p build
	gcc -O2 -Wall -D_GNU_SOURCE -o $@ tests/parse-ip.c

build/bench-%: tests/bench/%.c
	@mkdir -p build
	gcc -O2 -Wall -static -o $@ $<

# libFuzzer harnesses of the parsers (tests/fuzz/), FUZZ_SECONDS each (or
# FUZZ_RUNS executions, if fewer): clang 14, ASan and UBSan; what they find
# goes to build/fuzz/artifacts; FUZZ_KEEP=1 goes on from the corpus they
# grew before.  `make check` runs each for 5 seconds.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz:
	@FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_KEEP=$(FUZZ_KEEP) sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# build/switch/FEATURE_X/netstat: the normal build with one switch off,
# -DFEATURE_X=0, warnings as errors (tests/switches.sh)
build/switch/%/netstat: applet/netstat.c port/$(TARGET).mk Makefile
	@$(MAKE) --no-print-directory B=build/switch/$* FEATURES=-D$*=0 CFLAGS='$(CFLAGS) -Werror' $@

# build/test-NAME/netstat, builds for the tests: small-maps, -p's maps
# made room for 16 sockets and 4 processes at first (so that the tests see
# them grow); no-memory, the same, allowed 1 KiB each (tests/live-scale.sh)
TEST_small-maps := -DPMAP_INIT=16 -DPROC_INIT=4
TEST_no-memory := -DPMAP_INIT=16 -DPROC_INIT=4 -DMAP_BYTES_MAX=1024
build/test-%/netstat: applet/netstat.c port/$(TARGET).mk Makefile
	@$(MAKE) --no-print-directory B=build/test-$* FEATURES='$(TEST_$*)' $@

# the peers are Debian's: iproute2 (ss), net-tools, busybox-static, toybox
bench: netstat
	@sh tests/deps
	@for p in busybox-static:/bin/busybox toybox:/usr/bin/toybox; do \
		[ -e "$${p#*:}" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$${p%%:*}" >/dev/null; done
	@sh tests/bench.sh ./netstat

clean:
	rm -rf build netstat

help:
	@echo 'make run         build ./netstat for this host and run netstat -tulpn'
	@echo 'make check       install what the tests need, build, run every test'
	@echo 'make TARGET=t    build build/t/netstat  (targets: $(TARGETS))'
	@echo 'make TINY=1      the socket listing only, into build/t-tiny/netstat'
	@echo 'make cross       build every target, full and tiny'
	@echo 'make size        stripped static bytes per built target, full and tiny'
	@echo 'make install     $$(DESTDIR)$$(PREFIX)/bin/netstat and share/man/man8/netstat.8'
	@echo '                 (PREFIX=$(PREFIX); BINDIR, MANDIR; TARGET=t, TINY=1: that build)'
	@echo 'make uninstall   remove those two files'
	@echo 'make dist        make cross, then build/dist/netstat-$(VERSION)-<t>[-tiny] and SHA256SUMS'
	@echo 'make qemu-check  fixture suite (and live smoke) per target under QEMU'
	@echo 'make system-check  Debian s390x and armhf kernels in qemu-system: ours'
	@echo '                 against their net-tools inside the guest'
	@echo 'make bench       time ./netstat against ss, net-tools, busybox, toybox'
	@echo '                 and a bare sock_diag dump, from 1k to 50k sockets'
	@echo 'make build/test-small-maps/netstat, build/test-no-memory/netstat'
	@echo '                 the builds of tests/live-scale.sh (-p maps small, capped)'
