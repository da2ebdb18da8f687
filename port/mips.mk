# MIPS32r2 big-endian. Debian has no musl-dev:mips, so port/setup builds musl
# from Debian's musl source package into MUSL_DIR.
MUSL_CACHE ?= /var/cache/tiny-netstat
MUSL_DIR    = $(MUSL_CACHE)/mips
CROSS       = mips-linux-gnu-
CC          = $(CROSS)gcc -specs $(MUSL_DIR)/lib/musl-gcc.specs
PORT_CFLAGS = -march=mips32r2
APT         = gcc-mips-linux-gnu
QEMU        = qemu-mips-static
