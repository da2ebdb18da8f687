/* sstrip FILE...: cuts a static ELF executable after its last segment,
 * dropping the section headers, .comment and .shstrtab, which only
 * linkers and debuggers read: the kernel and qemu load the program
 * headers alone.  OpenWrt strips its binaries the same way.  32 or 64
 * bits, either byte order; exit status 1 if a file is not ELF.
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int be;	/* big-endian file */

static uint64_t get(const unsigned char *p, int n)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < n; i++)
		v = v << 8 | p[be ? i : n - 1 - i];
	return v;
}

static int sstrip(const char *file)
{
	unsigned char h[64], ph[64];
	uint64_t phoff, end, e;
	unsigned phsize, phnum, i;
	int fd = open(file, O_RDWR), w;

	if (fd < 0 || pread(fd, h, sizeof(h), 0) != sizeof(h) || memcmp(h, "\177ELF", 4)) {
		fprintf(stderr, "sstrip: %s: not an ELF file\n", file);
		return 1;
	}
	w = h[4] == 2 ? 8 : 4;	/* ELFCLASS64: 8-byte offsets */
	be = h[5] == 2;
	phoff = get(h + (w == 8 ? 32 : 28), w);
	phsize = get(h + (w == 8 ? 54 : 42), 2);
	phnum = get(h + (w == 8 ? 56 : 44), 2);
	end = phoff + phsize * phnum;
	for (i = 0; i < phnum; i++) {
		if (phsize > sizeof(ph) || pread(fd, ph, phsize, phoff + i * phsize) != phsize)
			return close(fd), 1;
		e = get(ph + (w == 8 ? 8 : 4), w) + get(ph + (w == 8 ? 32 : 16), w);	/* p_offset + p_filesz */
		if (e > end)
			end = e;
	}
	/* e_shoff, and e_shentsize, e_shnum, e_shstrndx */
	memset(h + (w == 8 ? 40 : 32), 0, w);
	memset(h + (w == 8 ? 58 : 46), 0, 6);
	if (pwrite(fd, h, sizeof(h), 0) != sizeof(h) || ftruncate(fd, end))
		return close(fd), 1;
	return close(fd);
}

int main(int argc, char **argv)
{
	int i, rc = 0;

	for (i = 1; i < argc; i++)
		rc |= sstrip(argv[i]);
	return rc;
}
