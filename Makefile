# tiny static netstat.  `make help` lists the targets.
TARGET ?= x86_64
include port/$(TARGET).mk

B       := build/$(TARGET)
TARGETS := $(sort $(basename $(notdir $(wildcard port/*.mk))))
OPT     := -Os -std=c99 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter \
           -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables \
           -fno-unwind-tables -fno-stack-protector -fomit-frame-pointer -fno-pie
LDOPT   := -static -s -Wl,--gc-sections -Wl,-z,noseparate-code \
           -Wl,--build-id=none -Wl,-z,norelro -Wl,-z,common-page-size=16
SANITIZE := -O1 -g -std=c99 -D_GNU_SOURCE -Wall -fsanitize=address,undefined \
           -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: all run check cross size qemu-check toolchain asan clean help
all: $(B)/netstat

$(B)/netstat: applet/netstat.c port/$(TARGET).mk Makefile
	@mkdir -p $(B)
	$(CC) $(OPT) $(PORT_CFLAGS) $(CFLAGS) $(FEATURES) $(LDOPT) $(PORT_LDFLAGS) $(LDFLAGS) -o $@ applet/netstat.c

netstat: build/x86_64/netstat
	cp $< $@

$(B)/netstat: | toolchain-$(TARGET)

toolchain-%:
	@sh port/setup $*

cross:
	@sh port/setup $(TARGETS)
	@st=0; for t in $(TARGETS); do \
		$(MAKE) --no-print-directory TARGET=$$t build/$$t/netstat || st=1; done; exit $$st

size:
	@sh port/size $(TARGETS)

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

clean:
	rm -rf build netstat

help:
	@echo 'make run         build ./netstat for this host and run netstat -tulpn'
	@echo 'make check       install what the tests need, build, run every test'
	@echo 'make TARGET=t    build build/t/netstat  (targets: $(TARGETS))'
	@echo 'make cross       build every target'
	@echo 'make size        stripped static bytes per built target'
	@echo 'make qemu-check  fixture suite (and live smoke) per target under QEMU'
