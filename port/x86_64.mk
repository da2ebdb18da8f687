CC   = musl-gcc
QEMU =
