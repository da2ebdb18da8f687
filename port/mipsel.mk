# MIPS32r2 little-endian, Debian musl-dev:mipsel
CC   = mipsel-linux-gnu-gcc -specs /usr/lib/mipsel-linux-musl/musl-gcc.specs
PORT_CFLAGS = -march=mips32r2
APT  = gcc-mipsel-linux-gnu musl-dev:mipsel
QEMU = qemu-mipsel-static
