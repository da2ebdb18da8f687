# 32-bit PowerPC big-endian. Debian has no musl-dev:powerpc, so port/setup
# builds musl from Debian's musl source package into MUSL_DIR.
# musl on powerpc requires long double == double (gcc defaults to 128-bit).
MUSL_CACHE ?= /var/cache/tiny-netstat
MUSL_DIR    = $(MUSL_CACHE)/powerpc
CROSS       = powerpc-linux-gnu-
CC          = $(CROSS)gcc -specs $(MUSL_DIR)/lib/musl-gcc.specs
PORT_CFLAGS = -mlong-double-64
APT         = gcc-powerpc-linux-gnu
QEMU        = qemu-ppc-static
