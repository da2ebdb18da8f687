# i686, Debian musl-dev:i386
CC   = i686-linux-gnu-gcc -specs /usr/lib/i386-linux-musl/musl-gcc.specs
APT  = gcc-i686-linux-gnu musl-dev:i386
QEMU = qemu-i386-static
