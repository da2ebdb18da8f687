/* The DNS answer parser: dns_answer() on the input as the answer of a
 * server (dns_lookup() hands it at least DNS_HEADER bytes, at most 512),
 * in a buffer of exactly its length; the name it gives must fit its
 * callers' 256 bytes and be labels of dns_label_ok() joined by dots.
 * dns_name() with and without an output must agree where both succeed.
 * SPDX-License-Identifier: 0BSD */
#define NETSTAT_NO_MAIN
#include "../../applet/netstat.c"

static void check(const char *s)
{
	size_t n = strnlen(s, 256), i;

	if (n >= 255)	/* dns_name(): n + l + 1 <= 254 */
		abort();
	for (i = 0; i < n; i++)
		if (s[i] == '.' ? !i || i + 1 == n || s[i + 1] == '.'
		    : !dns_label_ok((const unsigned char *)s + i, 1))
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	unsigned char *m;
	char *out;
	int off, a, b;

	if (n < DNS_HEADER || n > 512)
		return 0;
	m = malloc(n);
	out = malloc(256);
	memcpy(m, d, n);
	memset(out, 0, 256);
	if (dns_answer(m, n, out))
		check(out);
	for (off = DNS_HEADER; off < (int)n; off += 1 + m[off] % 64) {
		memset(out, 0, 256);
		a = dns_name(m, n, off, 0);
		b = dns_name(m, n, off, out);
		if (b >= 0) {
			if (a != b)
				abort();
			check(out);
		}
	}
	free(out);
	free(m);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int null = open("/dev/null", O_WRONLY);

	dup2(null, 1);	/* nothing is written; flush() would write here */
	return 0;
}
