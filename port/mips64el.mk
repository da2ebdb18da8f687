# MIPS64r2 little-endian n64, Debian musl-dev:mips64el
CC   = mips64el-linux-gnuabi64-gcc -specs /usr/lib/mips64el-linux-musl/musl-gcc.specs
APT  = gcc-mips64el-linux-gnuabi64 musl-dev:mips64el
QEMU = qemu-mips64el-static
