/* The sock_diag message parser: the input after two selector bytes is a
 * batch of netlink messages as recv() hands them to diag_dump() (struct
 * nl_header, struct diag_msg, attributes), walked as diag_dump() walks
 * them (that loop is inside diag_dump(), after its socket and recv(): it
 * is repeated here): v6only_row() for --dual-stack's first pass, then
 * diag_row() for each message, whose rows go through pipe_row() to
 * text_row() or json_row().  d[0]: the table (tcp .. raw6), d[1] the
 * options (-a -l -e -o -W --json --dual-stack -n).
 * SPDX-License-Identifier: 0BSD */
#define NETSTAT_NO_MAIN
#include "../../applet/netstat.c"
#include "fuzz.h"

/* diag_dump()'s loop over one recv() batch: 0 at DONE / ERROR */
static int walk(const struct table *t, const unsigned char *buf, ssize_t n,
		void (*fn)(const struct table *, const struct nl_header *))
{
	const struct nl_header *h;

	for (h = (const void *)buf; n >= (ssize_t)sizeof(*h) && h->len >= sizeof(*h) && h->len <= (size_t)n;
	     n -= NLMSG_ALIGN(h->len), h = (const void *)((const char *)h + NLMSG_ALIGN(h->len))) {
		if (h->type == NLMSG_DONE || h->type == NLMSG_ERROR)
			return 0;
		if (h->len < sizeof(*h) + sizeof(struct diag_msg))
			return -1;
		fn(t, h);
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const unsigned opt[] = { O_ALL, O_LISTENING, 32 + C_EXTEND, O_TIMERS, O_WIDE, O_JSON, O_DUALSTACK, O_NUMERIC };
	const struct table *t;
	unsigned char *buf;
	int i;

	if (n < 2 || n - 2 > 32768)
		return 0;
	fz_reset(0);
	t = tables + d[0] % 8;
	for (i = 0; i < 8; i++)
		if (d[1] >> i & 1)
			opt[i] >= 32 ? count[opt[i] - 32]++ : (flags |= 1u << opt[i]);
	/* netstat_main()'s defaults: -t (or -u ...) names the protocol, both families */
	flags |= 1u << (O_TCP + (t->kind == K_TCP ? 0 : t->kind == K_UDP ? (t->protocol == IPPROTO_UDP ? 1 : 2) : 3));
	if (FLAG(O_NUMERIC))
		flags |= 1u << O_NUM_HOSTS | 1u << O_NUM_PORTS | 1u << O_NUM_USERS;
	af[FAM_I4] = af[FAM_I6] = 1;
	explicit = 1;
	source = SOURCE_AUTO;	/* as where sock_diag answers */
	buf = malloc(n - 2 ? n - 2 : 1);
	memcpy(buf, d + 2, n - 2);
	if (FLAG(O_JSON))
		jopen('[');
	else
		text_inet_header();
	if (t->family == AF_INET6 && FLAG(O_DUALSTACK) && t->kind != K_RAW) {	/* v6only_load() */
		walk(t, buf, n - 2, v6only_row);
		imap_sort(v6only, nv6only);
	}
	walk(t, buf, n - 2, diag_row);
	if (FLAG(O_JSON))
		jclose(']');
	if (jnext)
		outc('\n');
	flush();
	free(buf);
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_init();
	return 0;
}
