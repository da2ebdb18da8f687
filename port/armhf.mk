# ARMv7 Thumb-2 hard-float (Debian armhf ABI), Debian musl-dev:armhf
CC   = arm-linux-gnueabihf-gcc -specs /usr/lib/arm-linux-musleabihf/musl-gcc.specs
PORT_CFLAGS = -march=armv7-a -mthumb -mfloat-abi=hard -mfpu=vfpv3-d16
APT  = gcc-arm-linux-gnueabihf musl-dev:armhf
QEMU = qemu-arm-static -cpu cortex-a7
