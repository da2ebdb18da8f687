# host build: Debian musl-tools
CC       = musl-gcc
APT      = musl-tools
QEMU     =
SIZE_MAX = 32768
