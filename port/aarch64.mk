# Debian musl-dev:arm64
CC   = aarch64-linux-gnu-gcc -specs /usr/lib/aarch64-linux-musl/musl-gcc.specs
APT  = gcc-aarch64-linux-gnu musl-dev:arm64
QEMU = qemu-aarch64-static
