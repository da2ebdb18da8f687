# ARMv5TE soft-float (Debian armel ABI), Debian musl-dev:armel; the QEMU CPU is an ARMv5TE
CC   = arm-linux-gnueabi-gcc -specs /usr/lib/arm-linux-musleabi/musl-gcc.specs
APT  = gcc-arm-linux-gnueabi musl-dev:armel
QEMU = qemu-arm-static -cpu arm926
