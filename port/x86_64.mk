# host build: Debian musl-tools
CC       = musl-gcc
APT      = musl-tools
QEMU     =
SIZE_MAX = 28672
FULL_MAX = 49152
