/* parse_ip() of applet/netstat.c against glibc's inet_pton() on hand-picked
 * and random strings: the same verdict and the same bytes.  Built with the
 * applet included (its main left out) and run by `make check`; prints
 * "parse-ip: N passed, M failed", each hand-picked string a case and each
 * batch of half a million random ones a case.
 *
 * SPDX-License-Identifier: 0BSD
 */
#define NETSTAT_NO_MAIN
#include "../applet/netstat.c"
#include <stdio.h>

static unsigned long pass, fail, wrong;

/* 1 if parse_ip() and inet_pton() agree on s */
static int same(const char *s)
{
	unsigned char a[16], b[16], c[16];
	int k = parse_ip(s, a);
	int want = inet_pton(AF_INET, s, b) == 1 ? 4 : inet_pton(AF_INET6, s, c) == 1 ? 16 : 0;

	if (k == want && (!k || !memcmp(a, k == 4 ? b : c, k)))
		return 1;
	if (wrong++ < 20)
		printf("parse-ip: '%s': ours %d, inet_pton %d\n", s, k, want);
	return 0;
}

static void tally(int ok)
{
	*(ok ? &pass : &fail) += 1;
}

int main(void)
{
	static const char *const fixed[] = {
		"", ":", "::", ":::", "1::", "::1", "1:", "1::2::3", "0:0:0:0:0:0:0:0",
		"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:8::", "1:2:3:4:5:6:7:8:9",
		"::1:2:3:4:5:6:7", "12345::", "00000::", "0000::", "fe80::/10", "[::1]",
		"::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
		"::1.2.3", "::1.2.3.4.5", "::01.2.3.4", "1.2.3.4", "0.0.0.0", "255.255.255.255",
		"256.1.1.1", "01.2.3.4", "1.2.3.04", "1.2.3", "1.2.3.4.", ".1.2.3.4", "1..2.3",
		"1.2.3.4 ", " 1.2.3.4", "1.2.3.-4", "0x1.2.3.4", "FE80::ABCD", "fe80::abcd%eth0",
	};
	const char tokens[][10] = { "::", ":", "0", "1", "ff", "abcd", "12345", "0000",
				    "1.2.3.4", "255.0.0.1", "1.2.3", ".", "00", "g" };
	const char chars[] = "0123456789abcdefF:..::1";
	char s[160];
	unsigned long i;
	int j, n, ok;

	for (i = 0; i < sizeof(fixed) / sizeof(*fixed); i++)
		tally(same(fixed[i]));
	srand(1);
	for (ok = 1, i = 0; i < 500000; i++) {	/* strings of characters */
		for (j = 0, n = rand() % 24; j < n; j++)
			s[j] = chars[rand() % (sizeof(chars) - 1)];
		s[n] = 0;
		ok &= same(s);
	}
	tally(ok);
	for (ok = 1, i = 0; i < 500000; i++) {	/* strings of address-like words */
		for (s[0] = 0, j = 0, n = rand() % 12; j < n; j++)
			strcat(s, tokens[rand() % 14]);
		ok &= same(s);
	}
	tally(ok);
	printf("parse-ip: %lu passed, %lu failed\n", pass, fail);
	return fail != 0;
}
