# 64-bit big-endian, Debian musl-dev:s390x
CC   = s390x-linux-gnu-gcc -specs /usr/lib/s390x-linux-musl/musl-gcc.specs
APT  = gcc-s390x-linux-gnu musl-dev:s390x
QEMU = qemu-s390x-static
