/* The JSON string escaper: json_string() on the input, captured in obuf
 * (at most 1360 bytes of input: 6 bytes each and the quotes fit its 8192
 * bytes, so flush() never runs), checked here: one JSON string literal,
 * escapes only \" \\ \uXXXX, no raw control byte, DEL or C1 control (what
 * the applet promises a terminal), valid UTF-8; and it decodes to the
 * input as json_string() documents: each valid UTF-8 character itself, NUL
 * a blank, each other byte b the character U+00bb.
 * SPDX-License-Identifier: 0BSD */
#define NETSTAT_NO_MAIN
#include "../../applet/netstat.c"
#include <stdio.h>

#define MAX_IN 1360

/* a strict UTF-8 character at s (n bytes left): its length and *cp, or 0 */
static int utf8(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0], min;
	int k, i;

	if (c < 0x80)
		return *cp = c, 1;
	if (c >= 0xc2 && c <= 0xdf)
		k = 2, c &= 0x1f, min = 0x80;
	else if (c >= 0xe0 && c <= 0xef)
		k = 3, c &= 0x0f, min = 0x800;
	else if (c >= 0xf0 && c <= 0xf4)
		k = 4, c &= 0x07, min = 0x10000;
	else
		return 0;
	if ((size_t)k > n)
		return 0;
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	return *cp = c, k;
}

static int hex4(const unsigned char *s, uint32_t *v)
{
	int i, h;

	for (*v = i = 0; i < 4; i++) {
		if ((h = hexval(s[i])) < 0)
			return 0;
		*v = *v << 4 | h;
	}
	return 1;
}

static void fail(const char *why, size_t at)
{
	fprintf(stderr, "json_string: %s at output byte %zu\n", why, at);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static uint32_t want[MAX_IN], got[MAX_IN * 2];
	const unsigned char *o = (const unsigned char *)obuf, *e;
	size_t i, nw = 0, ng = 0;
	uint32_t c;
	int k;

	if (n > MAX_IN)
		n = MAX_IN;
	/* what the input stands for */
	for (i = 0; i < n; i += k) {
		k = utf8(d + i, n - i, &c);
		if (!k)
			c = d[i], k = 1;
		want[nw++] = c ? c : ' ';
	}
	olen = 0;
	json_string((const char *)d, n);
	if (olen >= sizeof(obuf))
		fail("the buffer filled", olen);
	e = o + olen;
	if (olen < 2 || o[0] != '"' || e[-1] != '"')
		fail("not quoted", 0);
	for (o++, e--; o < e; o += k) {
		if (*o == '\\') {
			if (o + 1 < e && (o[1] == '"' || o[1] == '\\'))
				c = o[1], k = 2;
			else if (o + 6 <= e && o[1] == 'u' && hex4(o + 2, &c))
				k = 6;
			else
				fail("a bad escape", o - (const unsigned char *)obuf);
			if (c >= 0xd800 && c <= 0xdfff)
				fail("a surrogate escape", o - (const unsigned char *)obuf);
		} else if (*o == '"') {
			fail("a raw quote", o - (const unsigned char *)obuf);
		} else if (!(k = utf8(o, e - o, &c))) {
			fail("not UTF-8", o - (const unsigned char *)obuf);
		} else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
			fail("a raw control character", o - (const unsigned char *)obuf);
		}
		got[ng++] = c;
	}
	if (ng != nw || memcmp(got, want, nw * sizeof(*want)))
		fail("decodes to other text than the input", 0);
	olen = 0;
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int null = open("/dev/null", O_WRONLY);

	dup2(null, 1);
	return 0;
}
