# RV64GC lp64d. Debian bookworm has no musl-dev:riscv64, so port/setup builds
# musl from Debian's musl source package into MUSL_DIR.
MUSL_CACHE ?= /var/cache/tiny-netstat
MUSL_DIR    = $(MUSL_CACHE)/riscv64
CROSS       = riscv64-linux-gnu-
CC          = $(CROSS)gcc -specs $(MUSL_DIR)/lib/musl-gcc.specs
APT         = gcc-riscv64-linux-gnu
QEMU        = qemu-riscv64-static
