/* gen KIND N: prints a /proc/net table of N rows in the kernel's layout,
 * for tests/faults.sh.  KIND is tcp (IPv4, get_tcp4_sock()'s format, lines
 * padded to 149 columns, every state 1..11, listeners with port 0 at the
 * far end, varied addresses, ports, queues, uids and inodes) or unix
 * (unix_seq_show(): every type, state and flag, paths, abstract names and
 * none).  The rows are a pure function of their number.
 * SPDX-License-Identifier: 0BSD */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long mix(unsigned long x)	/* splitmix64's finaliser */
{
	x ^= x >> 30; x *= 0xbf58476d1ce4e5b9UL;
	x ^= x >> 27; x *= 0x94d049bb133111ebUL;
	return x ^ x >> 31;
}

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	unsigned long n, i;

	if (argc != 3 || (strcmp(argv[1], "tcp") && strcmp(argv[1], "unix"))) {
		fputs("usage: gen tcp|unix N\n", stderr);
		return 2;
	}
	n = strtoul(argv[2], 0, 10);
	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	if (!strcmp(argv[1], "tcp")) {
		printf("%-149s\n", "  sl  local_address rem_address   st tx_queue "
		       "rx_queue tr tm->when retrnsmt   uid  timeout inode");
		for (i = 0; i < n; i++) {
			char line[256];
			unsigned long r = mix(i + 1);
			unsigned st = 1 + i % 11;
			unsigned la = (unsigned)r, ra = (unsigned)(r >> 32);
			unsigned lp = 1 + (r >> 7) % 65535, rp = 1 + (r >> 23) % 65535;
			if (st == 10)	/* TCP_LISTEN: nothing at the far end */
				ra = 0, rp = 0;
			if (i % 7 == 0)
				la = 0x0100007f;	/* 127.0.0.1 */
			snprintf(line, sizeof line,
				 "%4lu: %08X:%04X %08X:%04X %02X %08X:%08X %02X:%08lX %08X %5u %8d %lu %d %016lx %lu %lu %u %u %d",
				 i, la, lp, ra, rp, st,
				 (unsigned)(r >> 40) % 5000, (unsigned)(r >> 50) % 300,
				 0, 0UL, 0, (unsigned)(r % 3 ? 0 : 1000 + r % 5000), 0,
				 100000 + i * 3, 1, 0UL, 20UL, 4UL, 30, 10, -1);
			printf("%-149s\n", line);
		}
	} else {
		static const char *paths[] = {
			"", " /run/systemd/private", " @/tmp/.X11-unix/X0",
			" /var/run/dbus/system_bus_socket", " @abstract",
		};
		puts("Num       RefCount Protocol Flags    Type St Inode Path");
		for (i = 0; i < n; i++) {
			unsigned long r = mix(i + 7);
			unsigned type = (unsigned[]){ 1, 2, 5 }[i % 3];
			unsigned st = 1 + (r >> 3) % 4;
			unsigned flags = st == 1 && i % 2 ? 0x10000 : 0;
			printf("%016lx: %08X %08X %08X %04X %02X %5lu%s\n",
			       0UL, 2 + (unsigned)(r % 5), 0, flags, type, st,
			       200000 + i, paths[(r >> 11) % 5]);
		}
	}
	return fflush(stdout) ? 1 : 0;
}
