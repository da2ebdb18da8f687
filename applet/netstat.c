/* netstat: list sockets the way net-tools 2.10 netstat does, in a few KiB.
 *
 * Reads /proc (or $PROC_ROOT), asks sock_diag (netlink) for inet sockets,
 * and reads nothing else but /etc/{services,protocols,passwd,hosts,networks,
 * resolv.conf}; writes only to stdout and stderr.
 * Without -n it resolves names as net-tools does, which for hosts may mean
 * a DNS query.
 *
 * The file, top to bottom:
 *   switches   FEATURE_* and *_MAX, with what each costs
 *   usage      the usage text, which is the spec of the options
 *   options    the table that declares every option once (main parses)
 *   output     one buffer; outf(), a printf for the formats used here
 *   readers    the line reader, a small sscanf for the /proc layouts,
 *              inet_pton, and the maps that grow
 *   sockets    the socket listing: sources (/proc/net, sock_diag) -> struct
 *              sock_row -> selection (-a, -l, the filters) -> formatter,
 *              and the driver
 *   lookups    programs (-p), users, services, hosts, DNS
 *   modes      -r routes, -i interfaces, -s statistics, -g groups, -M
 *   main       the options, the operands (filters), the run
 *   generated  the sentences of -s, packed by applet/stats-table.py
 *
 * SPDX-License-Identifier: 0BSD
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <net/route.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

/* ==== switches: make FEATURES=-DFEATURE_X=0 leaves one out; the bytes are
 * what each costs in the x86_64 build (README, make size) ==== */

#ifndef FEATURE_ROUTE		/* -r: IPv4 and IPv6 routing tables, 5,248 */
#define FEATURE_ROUTE 1
#endif
#ifndef FEATURE_ROUTE_OLDAF	/* -r -A ax25 etc.: net-tools' words when the
				 * kernel lacks them, 512 of FEATURE_ROUTE */
#define FEATURE_ROUTE_OLDAF 1
#endif
#ifndef FEATURE_IFACE		/* -i: interface table, 5,088 */
#define FEATURE_IFACE 1
#endif
#ifndef FEATURE_IFACE_LONG	/* -i -e: ifconfig's long form, 2,496 of it */
#define FEATURE_IFACE_LONG 1
#endif
#ifndef FEATURE_STATS		/* -s: protocol statistics, 4,992 */
#define FEATURE_STATS 1
#endif
#ifndef FEATURE_GROUPS		/* -g: multicast group memberships, 864 */
#define FEATURE_GROUPS 1
#endif
#ifndef FEATURE_MASQ		/* -M: net-tools' words for a kernel without it, 64 */
#define FEATURE_MASQ 1
#endif
#ifndef FEATURE_NETLINK		/* sock_diag instead of /proc/net for inet sockets, 1,600 */
#define FEATURE_NETLINK 1
#endif
#ifndef FEATURE_DNS		/* reverse DNS after /etc/hosts, as glibc does, 1,984 */
#define FEATURE_DNS 1
#endif
#ifndef FEATURE_FILTER		/* operands that select sockets (:80 state=LISTEN...), 3,008 */
#define FEATURE_FILTER 1
#endif
#ifndef FEATURE_DUALSTACK	/* --dual-stack: tcp46 and udp46 (needs NETLINK), 576 */
#define FEATURE_DUALSTACK 1
#endif
#ifndef FEATURE_IDENTITY		/* --exe, --cmdline: the program behind a socket, 512 */
#define FEATURE_IDENTITY 1
#endif
#ifndef FEATURE_JSON		/* --json: every listing as one JSON document, 2,720 */
#define FEATURE_JSON 1
#endif
#ifndef FEATURE_NETNS		/* --netns: another network namespace, or all, 2,080 */
#define FEATURE_NETNS 1
#endif

#ifndef PMAP_INIT		/* -p: socket fds first made room for, 16 bytes each */
#define PMAP_INIT 256
#endif
#ifndef PROC_INIT		/* -p: processes first made room for, 24 bytes each */
#define PROC_INIT 64
#endif
#ifndef MAP_BYTES_MAX		/* -p: the most either map may take (tests) */
#define MAP_BYTES_MAX SIZE_MAX
#endif
#ifndef IF_MAX			/* -i: interfaces listed, 144 bytes each */
#define IF_MAX 4096
#endif
#ifndef IFCONF_MAX		/* -i: IPv4 addresses asked for alias names, 40 bytes each */
#define IFCONF_MAX 1024
#endif
#define LINE 8192		/* net-tools reads /proc with fgets(8192) */

/* system calls made directly where libc's wrapper costs more than the call
 * (the files read here are small: no O_LARGEFILE) */
#ifdef SYS_mmap2			/* 32-bit: the offset in pages */
#define SYS_MMAP SYS_mmap2
#else
#define SYS_MMAP SYS_mmap
#endif
#define sys_openat(dir, path, flags) syscall(SYS_openat, dir, path, flags)
/* musl's socket() would retry without SOCK_CLOEXEC for kernels before
 * 2.6.27, and its ioctl() converts time64 requests this program never makes
 * (where sockets are made by socketcall(2), libc knows how) */
#ifndef SYS_socketcall
#define socket(family, type, protocol) syscall(SYS_socket, family, type, protocol)
#endif
#define ioctl(fd, request, arg) syscall(SYS_ioctl, fd, request, arg)
#define STATX_UID 8		/* <linux/stat.h>; statx(2) is Linux 4.11 */
#define HOST_CACHE 128		/* host names remembered, 276 bytes each */
#define USER_CACHE 16		/* user names remembered, 264 bytes each */
#define SVC_MAX 4096		/* /etc/services and /etc/protocols entries */

/* ==== usage ==== */

/* The spec of the options: what a build leaves out is not in its text.
 * The build holds it packed (usage_packed(), applet/usage-text.py), each
 * part marked with its place in USAGE_CONDS; -DUSAGE_PLAIN prints this. */
#define MODES (FEATURE_ROUTE || FEATURE_IFACE || FEATURE_GROUPS || FEATURE_STATS)
#define USAGE_CONDS MODES, FEATURE_IDENTITY, FEATURE_DUALSTACK, FEATURE_JSON, FEATURE_NETNS, FEATURE_ROUTE, FEATURE_IFACE, FEATURE_GROUPS, FEATURE_STATS, FEATURE_FILTER
#ifdef USAGE_PLAIN
static const char *const usage_text[] = {
"Usage: netstat [options] [filter]  sockets (default: all but listening ones)\n",
MODES ?
"       netstat -r | -i | -g | -s [options]\n"
"                    routes, interfaces, multicast groups, statistics\n" : "",
"\n"
"  -t, --tcp        TCP            -u, --udp        UDP\n"
"  -U, --udplite    UDP-Lite       -w, --raw        raw IP\n"
"  -S, --sctp       SCTP           -x, --unix       unix domain\n"
"  -4, -6           IPv4, IPv6     -A, --protocol=AF[,AF]  inet inet6 unix\n"
"      (--inet, --inet6...; ipx ax25 netrom x25 rose ddp: net-tools' words)\n"
"  -l, --listening  servers only   -a, --all        servers and the rest\n"
"  -n, --numeric    no name lookups; --numeric-hosts -ports -users: some\n"
"  -e, --extend     add User and Inode; with -r -i: other columns\n"
"  -p, --programs   add the PID/Program name owning each socket\n",
FEATURE_IDENTITY ?
"      --exe        name it by the file it runs (/proc/PID/exe)\n"
"      --cmdline    add its whole command line (and -p)\n" : "",
FEATURE_DUALSTACK ?
"      --dual-stack tcp46, udp46: IPv6 sockets that take IPv4 too (for -4 too)\n" : "",
"  -o, --timers     add timers     -W, --wide       never cut addresses\n"
"  -c, --continuous every second  -v, --verbose    say which families lack\n",
FEATURE_JSON ?
"      --json       one JSON document (a line with -c)\n" : "",
FEATURE_NETNS ?
"      --netns=NS   another network namespace: a PID, an `ip netns` name or a\n"
"                   path; all: each one (-p: host PIDs)\n" : "",
"\n",
FEATURE_ROUTE ?
"  -r, --route      routing tables; -C the cache, -F the FIB, -N as -n\n" : "",
FEATURE_IFACE ?
"  -i, --interfaces interface table (-a: down ones too, -e: long form)\n" : "",
FEATURE_GROUPS ?
"  -g, --groups     multicast group memberships\n" : "",
FEATURE_STATS ?
"  -s, --statistics protocol counters (-t -u -w -S -6 pick sections)\n" : "",
"  -M, -Z, -2, -f   masquerade, SELinux, Bluetooth: net-tools' words for none\n"
"  -d               ignored        -V, --version    -h, --help\n"
"\n",
FEATURE_FILTER ?
"Filters select sockets: one of each kind given must match.\n"
"  :PORT :LOW-HIGH :SERVICE :22,80   local or foreign port\n"
"  @ADDR @ADDR/LEN @[IPV6] @HOST, each with :PORTS too   address (and port)\n"
"  state=LISTEN,CLOSE state=^TIME_WAIT  pid=N,N  cmd=NAME  user=NAME|UID\n"
"\n" : "",
"Environment: PROC_ROOT=dir reads dir instead of /proc (and never netlink);\n"
"NETSTAT_SOURCE=proc: rows from /proc only; =netlink: say where netlink failed.\n"
};
#endif

static const char version_text[] =
"netstat (tiny static netstat) 0.1, net-tools 2.10 compatible\n";

/* ==== options ==== */

/* What an option does, as one byte: a kind and its argument. */
enum { DO_SET, DO_COUNT, DO_FAMILY, DO_ALIAS, DO_FAMILIES, DO_EXIT, DO_NOTHING, DO_NETNS };
#define SET(bit)	(DO_SET << 5 | (bit))		/* sets a bit of flags */
#define COUNT(n)	(DO_COUNT << 5 | (n))		/* counts into count[] */
#define FAMILY(f)	(DO_FAMILY << 5 | (f))		/* as -A f */
#define ALIAS		(DO_ALIAS << 5)			/* as -A <its long name> */
#define FAMILIES	(DO_FAMILIES << 5)		/* -A's argument: "f[,f]" */
#define EXIT(how)	(DO_EXIT << 5 | (how))		/* prints and exits */
#define NOTHING		(DO_NOTHING << 5)
#define NETNS		(DO_NETNS << 5)			/* --netns's argument */
#define TAKES_ARG(does)	((does) == FAMILIES || (does) == NETNS)

/* the bits of flags */
enum {
	O_ALL, O_LISTENING, O_PROGRAMS, O_WIDE, O_VERBOSE, O_NUMERIC,
	O_NUM_HOSTS, O_NUM_PORTS, O_NUM_USERS, O_SYMBOLIC,
	O_TCP, O_UDP, O_UDPLITE, O_RAW, O_SCTP,	/* in the order of the tables */
	O_GROUPS, O_TIMERS, O_CONTINUOUS, O_CACHE, O_FIB, O_L2CAP, O_RFCOMM,
	O_DUALSTACK, O_EXE, O_CMDLINE, O_JSON,
};
#define FLAG(o) (flags >> (o) & 1)
#define JSON (FEATURE_JSON && FLAG(O_JSON))	/* --json, in a build that has it */
#define PROTOCOLS (1u << O_TCP | 1u << O_UDP | 1u << O_UDPLITE | 1u << O_RAW | 1u << O_SCTP)

/* what is counted: -e, and the modes, of which at most one may be given */
enum { C_ROUTE, C_IFACE, C_MASQ, C_STATS, C_EXTEND };

/* address families of -A, -4, -6, -x, --inet...; af_name[] has their names */
enum { FAM_I4, FAM_I6, FAM_UNX, FAM_IPX, FAM_AX25, FAM_NETROM, FAM_X25, FAM_ROSE,
       FAM_DDP, FAM_EC, FAM_ASH, FAM_BT, FAM_N };

/* what the EXIT options print */
enum { EXIT_VERSION, EXIT_CONTEXT, EXIT_HELP, EXIT_USAGE };

/* Every option, once: its letter (0: long only), its long name ("": short
 * only) and what it does.  The rows with a long name are net-tools'
 * longopts in its order, in which glibc lists ambiguous prefixes.  What a
 * long option does is also its getopt value: only the family aliases share
 * one, so a prefix of two of them (--ine: inet, inet6) is not ambiguous. */
#define OPTIONS(X) \
	X(0,   "ax25",          ALIAS)                      \
	X(0,   "x25",           ALIAS)                      \
	X(0,   "ip",            ALIAS)                      \
	X(0,   "ipx",           ALIAS)                      \
	X(0,   "appletalk",     ALIAS)                      \
	X(0,   "netrom",        ALIAS)                      \
	X(0,   "inet",          ALIAS)                      \
	X(0,   "inet6",         ALIAS)                      \
	X(0,   "ddp",           ALIAS)                      \
	X(0,   "rose",          ALIAS)                      \
	X(0,   "unix",          ALIAS)                      \
	X(0,   "bluetooth",     ALIAS)                      \
	X(0,   "tcpip",         ALIAS)                      \
	X('V', "version",       EXIT(EXIT_VERSION))         \
	X('i', "interfaces",    COUNT(C_IFACE))             \
	X('h', "help",          EXIT(EXIT_HELP))            \
	X('r', "route",         COUNT(C_ROUTE))             \
	X('M', "masquerade",    COUNT(C_MASQ))              \
	X('A', "protocol",      FAMILIES)                   \
	X('t', "tcp",           SET(O_TCP))                 \
	X('S', "sctp",          SET(O_SCTP))                \
	X('u', "udp",           SET(O_UDP))                 \
	X('U', "udplite",       SET(O_UDPLITE))             \
	X('w', "raw",           SET(O_RAW))                 \
	X('x', "unix",          FAMILY(FAM_UNX))            \
	X('2', "l2cap",         SET(O_L2CAP))               \
	X('f', "rfcomm",        SET(O_RFCOMM))              \
	X('l', "listening",     SET(O_LISTENING))           \
	X('a', "all",           SET(O_ALL))                 \
	X('o', "timers",        SET(O_TIMERS))              \
	X('c', "continuous",    SET(O_CONTINUOUS))          \
	X('e', "extend",        COUNT(C_EXTEND))            \
	X('p', "programs",      SET(O_PROGRAMS))            \
	X('v', "verbose",       SET(O_VERBOSE))             \
	X('s', "statistics",    COUNT(C_STATS))             \
	X('W', "wide",          SET(O_WIDE))                \
	X('n', "numeric",       SET(O_NUMERIC))             \
	X(0,   "numeric-hosts", SET(O_NUM_HOSTS))           \
	X(0,   "numeric-ports", SET(O_NUM_PORTS))           \
	X(0,   "numeric-users", SET(O_NUM_USERS))           \
	X('N', "symbolic",      SET(O_SYMBOLIC))            \
	X('C', "cache",         SET(O_CACHE))               \
	X('F', "fib",           SET(O_FIB))                 \
	X('g', "groups",        SET(O_GROUPS))              \
	X('Z', "context",       EXIT(EXIT_CONTEXT))         \
	X('d', "",              NOTHING)                    \
	X('4', "",              FAMILY(FAM_I4))             \
	X('6', "",              FAMILY(FAM_I6))             \
	X('?', "",              EXIT(EXIT_USAGE))

/* Ours, which net-tools lacks: long only, and a prefix of a name above
 * still means what it meant (--e is --extend, not ambiguous with --exe). */
#define EXTENSIONS(X) \
	X(0,   "dual-stack",    SET(O_DUALSTACK))           \
	X(0,   "exe",           SET(O_EXE))                 \
	X(0,   "cmdline",       SET(O_CMDLINE))           \
	X(0,   "json",          SET(O_JSON))              \
	X(0,   "netns",         NETNS)

#define OPT_LETTER(letter, name, does) letter,
#define OPT_NAME(letter, name, does) name "\0"
#define OPT_DOES(letter, name, does) does,
#define OPT_ONE(letter, name, does) + 1
static const char opt_letter[] = { OPTIONS(OPT_LETTER) EXTENSIONS(OPT_LETTER) };
static const char opt_name[] = OPTIONS(OPT_NAME) EXTENSIONS(OPT_NAME);
static const unsigned char opt_does[] = { OPTIONS(OPT_DOES) EXTENSIONS(OPT_DOES) };
#define N_OPTIONS sizeof(opt_does)
enum { N_NETTOOLS = 0 OPTIONS(OPT_ONE) };

static unsigned flags;		/* bits O_* */
static unsigned count[C_EXTEND + 1];
static unsigned char af[FAM_N];	/* the families asked for */
static char afname[256];	/* their names as net-tools lists them: "inet,unix" */

static const char af_name[] =	/* FAM_I4 ... FAM_BT */
	"inet\0inet6\0unix\0ipx\0ax25\0netrom\0x25\0rose\0ddp\0ec\0ash\0bluetooth";
/* the names -A takes, as net-tools' aftrans table has them */
static const char af_alias[] =
	"ax25\0ip\0ip6\0ipx\0rose\0appletalk\0netrom\0inet\0"
	"inet6\0ddp\0unix\0tcpip\0econet\0x25\0ash\0bluetooth\0";
static const unsigned char af_of_alias[] = {
	FAM_AX25, FAM_I4, FAM_I6, FAM_IPX, FAM_ROSE, FAM_DDP, FAM_NETROM, FAM_I4,
	FAM_I6, FAM_DDP, FAM_UNX, FAM_I4, FAM_EC, FAM_X25, FAM_ASH, FAM_BT
};

/* ==== output: one buffer, written in large blocks ==== */

/* ---- the string functions used here, as byte loops: the strings are
 * short, and musl's word-at-a-time ones cost a KiB more ---- */

#define strlen str_len
#define strnlen str_nlen
#define stpcpy stp_cpy
#define strcpy str_cpy
#define strcat str_cat
#define strchr str_chr
#define strrchr str_rchr
#define strncmp str_ncmp
#define strcmp str_cmp
#define memcmp mem_cmp
#define memchr mem_chr
#define memmove mem_move
#define getenv get_env

static size_t strnlen(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i])
		i++;
	return i;
}

static size_t strlen(const char *s)
{
	return strnlen(s, -1);
}

static char *stpcpy(char *d, const char *s)
{
	while ((*d = *s++))
		d++;
	return d;
}

static char *strcpy(char *d, const char *s)
{
	stpcpy(d, s);
	return d;
}

static char *strcat(char *d, const char *s)
{
	strcpy(d + strlen(d), s);
	return d;
}

static void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return 0;
}

static void *memmove(void *d, const void *s, size_t n)
{
	char *t = d;
	const char *f = s;

	if (t < f)
		while (n--)
			*t++ = *f++;
	else
		while (n--)
			t[n] = f[n];
	return d;
}

static char *strchr(const char *s, int c)
{
	return memchr(s, c, strlen(s) + 1);
}

static char *strrchr(const char *s, int c)
{
	const char *r = 0;

	do
		if (*s == (char)c)
			r = s;
	while (*s++);
	return (char *)r;
}

static int strncmp(const char *a, const char *b, size_t n)
{
	for (; n && *a && *a == *b; n--)
		a++, b++;
	return n ? (unsigned char)*a - (unsigned char)*b : 0;
}

static int strcmp(const char *a, const char *b)
{
	return strncmp(a, b, -1);
}

static int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n && *p == *q; n--)
		p++, q++;
	return n ? *p - *q : 0;
}

static char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	for (e = environ; e && *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return 0;
}

static char obuf[LINE];
static unsigned olen;
static const char hex_digits[] = "0123456789abcdef0123456789ABCDEF";	/* %x, %X */

static void errs(const char *a, const char *b, const char *c);
static const char *error_text(int e);

static void flush(void)
{
	char *p = obuf;

	while (olen) {
		ssize_t n = write(1, p, olen);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {	/* a closed pipe stops quietly */
			olen = 0;
			if (errno != EPIPE)
				errs("netstat: write error: ", error_text(errno), "\n");
			_exit(1);
		}
		p += n;
		olen -= n;
	}
}

static void json_capture(const char *s, size_t n);
static char jtab;		/* --json of -r -i -g: lines become objects */

static void outn(const char *s, size_t n)
{
	if (FEATURE_JSON && jtab) {
		json_capture(s, n);
		return;
	}
	for (; n; n--) {
		obuf[olen++] = *s++;
		if (olen == sizeof(obuf))
			flush();
	}
}

static void outs(const char *s)
{
	outn(s, strlen(s));
}

static void outc(char c)
{
	outn(&c, 1);
}

static void pad(int n, char c)
{
	while (n-- > 0)
		outc(c);
}

static char *utoa(char *end, uint64_t v)
{
	*end = 0;
	do
		*--end = '0' + v % 10;
	while (v /= 10);
	return end;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* the nth string of a list "a\0b\0c" */
static const char *nth(const char *list, unsigned n)
{
	while (n--)
		list += strlen(list) + 1;
	return list;
}

/* where the word w is in a list "a\0b\0c" of n words; n if it is not */
static unsigned list_index(const char *list, unsigned n, const char *w)
{
	unsigned i;

	for (i = 0; i < n && strcmp(list, w); i++)
		list += strlen(list) + 1;
	return i;
}

/* the same for a signed number, as %d writes it */
static char *itoa(char *end, int64_t v)
{
	char *s = utoa(end, v < 0 ? -(uint64_t)v : (uint64_t)v);

	if (v < 0)
		*--s = '-';
	return s;
}

static void json_string(const char *s, size_t n);

/* printf() for the formats of this file: %s %d %u %x %X with the flags
 * '-' and '0', a width, and for %s a precision; %ld %lu %lx take 64-bit
 * values on every target, as the 64-bit reference prints them; %j is a
 * string as JSON, or null for a null pointer. */
static void outf(const char *f, ...)
{
	va_list ap;
	char b[24], *s, *e;
	int w, left, zero, wide;
	unsigned prec;
	uint64_t v;

	va_start(ap, f);
	for (; *f; f++) {
		if (*f != '%') {
			outc(*f);
			continue;
		}
		f += left = f[1] == '-';
		zero = *++f == '0';
		for (w = 0; is_digit(*f); f++)
			w = w * 10 + *f - '0';
		prec = -1;
		if (*f == '.')
			for (prec = 0; is_digit(*++f);)
				prec = prec * 10 + *f - '0';
		f += wide = *f == 'l';
		if (*f == 's' || (FEATURE_JSON && *f == 'j')) {
			s = va_arg(ap, char *);
			if (*f == 'j') {
				s ? json_string(s, strlen(s)) : outs("null");
				continue;
			}
			e = s + strnlen(s, prec);
		} else {
			/* an int and an unsigned are passed alike: one va_arg() */
			v = wide ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
			if (!wide && *f == 'd')
				v = (int)v;
			s = e = b + sizeof(b) - 1;
			if (*f == 'd')
				s = itoa(e, v);
			else if (*f == 'u')
				s = utoa(e, v);
			else
				do
					*--s = hex_digits[(v & 15) + (*f == 'X') * 16];
				while (v >>= 4);
		}
		w -= e - s;
		if (!left)
			pad(w, zero ? '0' : ' ');
		outn(s, e - s);
		if (left)
			pad(w, ' ');
	}
	va_end(ap);
}

/* stderr is unbuffered in net-tools: keep the two streams in order */
static void errs(const char *a, const char *b, const char *c)
{
	const char *v[3] = { a, b, c };
	int i;

	flush();
	for (i = 0; i < 3; i++)
		if (v[i] && write(2, v[i], strlen(v[i])) < 0)
			return;
}

/* errs() of one string */
static void err(const char *s)
{
	errs(s, 0, 0);
}

static void no_support(const char *what)
{
	errs("netstat: no support for `", what, "' on this system.\n");
}

static int not_built(const char *what)
{
	errs("netstat: ", what, " is not built into this netstat.\n");
	return 1;
}

/* glibc's strerror() for what open(2) can say about a /proc file and
 * write(2) about stdout; musl's
 * wording differs and its full table would cost 2 KiB */
static const char *error_text(int e)
{
	static const unsigned char no[] = {
		0, EINVAL, EPERM, ENOENT, EACCES, EIO, ENXIO, ENOMEM, ENODEV, ENOTDIR,
		EISDIR, ENFILE, EMFILE, ENAMETOOLONG, ELOOP, EPROTONOSUPPORT, ENOSPC
	};
	static const char text[] =
		"Success\0Invalid argument\0Operation not permitted\0"
		"No such file or directory\0Permission denied\0Input/output error\0"
		"No such device or address\0Cannot allocate memory\0No such device\0"
		"Not a directory\0Is a directory\0Too many open files in system\0"
		"Too many open files\0File name too long\0Too many levels of symbolic links\0"
		"Protocol not supported\0No space left on device";
	static char unknown[32] = "Unknown error ";
	char num[12];
	unsigned i;

	for (i = 0; i < sizeof(no); i++)
		if (no[i] == e)
			return nth(text, i);
	strcpy(unknown + 14, utoa(num + 11, (unsigned)e));	/* a kernel answer can hold any int */
	return unknown;
}

/* The sentences of -s and the usage are packed text (applet/stats-table.py,
 * usage-text.py), LZ77: a byte below 0x80 stands for itself; 1LLLOOOO
 * OOOOOOOO copies L + 3 bytes from O + 1 back, and with L = 7 a third
 * byte adds to L.  Unpacked into st_text, which the generators check is
 * large enough. */
#define ST_TEXT_MAX 7168
static char st_text[ST_TEXT_MAX];

static char *unpack(const unsigned char *p)
{
	char *d = st_text;
	int n, off;

	while (*p) {
		if (*p < 0x80) {
			*d++ = *p++;
			continue;
		}
		n = (*p >> 4 & 7) + 3;
		off = ((*p & 15) << 8 | p[1]) + 1;
		p += 2;
		if (n == 10)
			n += *p++;
		for (; n--; d++)
			*d = d[-off];
	}
	*d = 0;
	return st_text;
}

/* perror(): "a b: text"; with a == 0 the text alone */
static void report_error(const char *a, const char *b, int e)
{
	if (a)
		errs(a, b, ": ");
	errs(error_text(e), "\n", 0);
}

/* the length of the UTF-8 character at s (n bytes left), 0 if s starts
 * none: overlong forms, surrogates and what is past U+10FFFF are none */
static int utf8_len(const unsigned char *s, size_t n)
{
	unsigned c = *s, k = (c >= 0xc2) + (c >= 0xe0) + (c >= 0xf0), i;
	uint32_t u = c & 0x3f >> k;

	if (c < 0x80)
		return 1;
	if (!k || k >= n || c > 0xf4)
		return 0;
	for (i = 1; i <= k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		u = u << 6 | (s[i] & 0x3f);
	}
	return u >> (k == 1 ? 7 : 5 * k + 1) && u >> 11 != 0x1b && u <= 0x10ffff ? k + 1 : 0;
}

/* Text from other processes never reaches the terminal raw: a character
 * is written as it is when it is printable ASCII or UTF-8 other than a C1
 * control; any other byte becomes a C escape, and so does the backslash, so
 * that escapes cannot be forged.  Writes the next character of s[0..n) to
 * d (at most 4 bytes) and returns its length there; *used is what it took
 * of s. */
static int escape_next(char *d, const char *s, size_t n, int *used)
{
	static const char named[] = "\\\\\nn\tt\rr";
	const unsigned char *u = (const void *)s;
	int k = utf8_len(u, n);
	const char *e;

	*used = 1;
	if (k > 1 && (*u != 0xc2 || u[1] >= 0xa0)) {
		memcpy(d, s, k);
		return *used = k;
	}
	if (*u >= 32 && *u < 127 && *u != '\\') {
		*d = *u;
		return 1;
	}
	d[0] = '\\';
	if (*u && (e = strchr(named, *u))) {
		d[1] = e[1];
		return 2;
	}
	d[1] = 'x';
	d[2] = hex_digits[*u >> 4];
	d[3] = hex_digits[*u & 15];
	return 4;
}

/* escapes s[0..n) into d while the result fits in room bytes; an escape
 * is never cut in two.  Returns the length written. */
static size_t escape(char *d, const char *s, size_t n, size_t room)
{
	size_t len = 0;
	char e[4];
	int k, used;

	for (; n; s += used, n -= used) {
		k = escape_next(e, s, n, &used);
		if (len + k > room)
			break;
		memcpy(d + len, e, k);
		len += k;
	}
	return len;
}

/* s[0..n) escaped; with blanks, a NUL is a blank (between the arguments of
 * a command line) */
static void out_escaped(const char *s, size_t n, int blanks)
{
	char e[4];
	int used;

	for (; n; s += used, n -= used)
		if (!*s && blanks)
			outc(' '), used = 1;
		else
			outn(e, escape_next(e, s, n, &used));
}

/* ---- JSON (--json): strings, structure, and the text tables of -r -i -g
 * as objects ---- */

/* s[0..n) as a JSON string that any parser takes and no terminal obeys:
 * quote, backslash, control characters (C1 too), DEL and bytes that are
 * not UTF-8 become escapes (a byte b as \u00bb); NUL, which only command
 * lines hold between their words, a blank */
static void json_string(const char *s, size_t n)
{
	const unsigned char *p = (const void *)s, *e = p + n;
	int k;

	outc('"');
	for (; p < e; p += k) {
		k = utf8_len(p, e - p);
		if (!*p)
			outc(' ');
		else if (*p == '"' || *p == '\\')
			outc('\\'), outc(*p);
		else if (k > 1 && (*p != 0xc2 || p[1] >= 0xa0))
			outn((const char *)p, k);
		else if (*p > 31 && *p < 127)
			outc(*p);
		else
			outf("\\u%04x", k == 2 ? p[1] : *p);
		k += !k;
	}
	outc('"');
}

/* the structure: a value's ',' comes when another came before it */
static char jnext;

static void jsep(void)
{
	if (jnext)
		outc(',');
	jnext = 1;
}

static void jopen(char c)
{
	jsep();
	outc(c);
	jnext = 0;
}

static void jclose(char c)
{
	outc(c);
	jnext = 1;
}

/* A line of a table of -r -i -g: a title ("Kernel IP routing table")
 * says the next line names the columns; under those names each line
 * whose words fill the columns is an object, its numbers numbers and "-"
 * null; what else the text holds (net-tools' notes) goes to stderr. */
static int words(char *s, char **w, int max);
static char jline[LINE], jkeys[LINE], *jcol[24], jhead;
static unsigned jlen, ncol;

static void json_word(const char *s)
{
	const char *d = s + (*s == '-'), *e = d;

	while (is_digit(*e))
		e++;
	if (*d && !*e && (*d != '0' || !d[1]))
		outs(s);
	else
		outf("%j", strcmp(s, "-") ? s : 0);
}

static void json_line(void)
{
	char *w[24];
	unsigned n = words(jline, w, 24), i;

	if (!n || !strncmp(w[0], "--", 2))
		return;
	if (!strcmp(w[0], "Kernel") || !strcmp(w[0], "IPv6/IPv4")) {
		jhead = 1;
		return;
	}
	if (jhead || (ncol && !strcmp(w[0], jcol[0]))) {	/* -c repeats the names */
		memcpy(jkeys, jline, sizeof(jkeys));
		for (i = ncol = 0; i < n; i++) {
			jcol[ncol] = jkeys + (w[i] - jline);
			if (!strcmp(jcol[ncol++], "Next"))	/* -r -6: "Next Hop" */
				jcol[ncol - 1][4] = ' ', i++;
		}
		jhead = 0;
		return;
	}
	if (n != ncol) {
		for (i = 0; i < n; i++)
			errs(w[i], i + 1 < n ? " " : "\n", 0);
		return;
	}
	jopen('{');
	for (i = 0; i < n; i++) {
		outf(i ? ",%j:" : "%j:", jcol[i]);
		json_word(w[i]);
	}
	jclose('}');
}

static void json_capture(const char *s, size_t n)
{
	jtab = 0;	/* what json_line() writes is JSON */
	for (; n--; s++)
		if (*s != '\n')
			jline[jlen < LINE - 1 ? jlen++ : jlen] = *s;
		else {
			jline[jlen] = 0;
			jlen = 0;
			json_line();
		}
	jtab = 1;
}

/* ==== readers: fgets(8192) semantics over read(2), no allocation ==== */

struct reader {
	int fd, eof;
	unsigned pos, len, cut;
	unsigned max;		/* longest piece: fgets(buf, max + 1) */
	char held;		/* the byte our NUL terminator replaced */
	char buf[2 * LINE];
};

static const char *proc_root = "/proc";	/* or $PROC_ROOT, of at most 255 bytes */
static const char *ns_root;	/* --netns=PID not entered: $PROC_ROOT/PID for net/ */
static struct reader tab, aux;	/* a /proc table; an /etc file */

/* buf = $PROC_ROOT/a b c, or 0 when that would not fit in PATH_BUF; every
 * /proc path is made here */
#define PATH_BUF 512
static char *proc_path(char *buf, const char *a, const char *b, const char *c)
{
	const char *part[4] = { ns_root && !strncmp(a, "net/", 4) ? ns_root : proc_root, a, b, c };
	size_t n = 0, k;
	int i;

	for (i = 0; i < 4; i++) {
		if (n + (k = strlen(part[i])) + 2 > PATH_BUF)
			return 0;
		memcpy(buf + n, part[i], k);
		n += k;
		if (!i)
			buf[n++] = '/';
	}
	buf[n] = 0;
	return buf;
}

static int rd_open(struct reader *r, const char *path)
{
	r->pos = r->len = r->cut = r->eof = 0;
	r->max = LINE - 1;
	return r->fd = sys_openat(AT_FDCWD, path, O_RDONLY);
}

/* $PROC_ROOT/dir name into tab, as rd_open() (PROC_ROOT has at most 255
 * bytes: the path always fits) */
static int proc_open(const char *dir, const char *name)
{
	char path[PATH_BUF];

	return rd_open(&tab, proc_path(path, dir, name, ""));
}

static void rd_close(struct reader *r)
{
	close(r->fd);
}

/* whether $PROC_ROOT/net/name can be opened; errno says why not */
static int proc_exists(const char *name)
{
	if (proc_open("net/", name) < 0)
		return 0;
	rd_close(&tab);
	return 1;
}

/* The next line with its '\n', or the next r->max bytes of a longer one,
 * exactly as fgets(buf, r->max + 1) hands them out (net-tools reads most
 * tables with fgets(8192), some with smaller buffers: a caller may change
 * r->max between lines); NUL-terminated; 0 at the end. */
static char *rd_line(struct reader *r)
{
	if (r->cut)
		r->buf[r->cut] = r->held;
	r->cut = 0;
	for (;;) {
		char *s = r->buf + r->pos, *nl;
		unsigned avail = r->len - r->pos;
		unsigned max = avail < r->max ? avail : r->max;
		ssize_t k;

		nl = memchr(s, '\n', max);
		if (nl || avail >= r->max || r->eof) {
			unsigned n = nl ? (unsigned)(nl - s) + 1 : max;
			if (!n)
				return 0;
			r->pos += n;
			r->cut = r->pos;
			r->held = r->buf[r->pos];
			r->buf[r->pos] = 0;
			return s;
		}
		memmove(r->buf, s, avail);
		r->pos = 0;
		r->len = avail;
		k = read(r->fd, r->buf + avail, sizeof(r->buf) - 1 - avail);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			r->eof = 1;
		else
			r->len += k;
	}
}

/* Calls fn(name, ctx) for each entry of an open directory, in the order the
 * file system returns them (net-tools' readdir order). */
struct dent64 {
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

static void each_entry(int dfd, void (*fn)(const char *, void *), void *ctx)
{
	char buf[4096];
	long n, i;

	while ((n = syscall(SYS_getdents64, dfd, buf, sizeof(buf))) > 0)
		for (i = 0; i < n; i += ((struct dent64 *)(buf + i))->reclen)
			fn(((struct dent64 *)(buf + i))->name, ctx);
	close(dfd);
}

/* ---- a small sscanf for the /proc/net layouts ---- */

/* Conversions: 'd' decimal, 'x' hex ("0x" allowed), 'a' address of 1..64
 * hex digits with no blanks skipped first; ' ' skips blanks, ':' matches
 * itself.  Like sscanf, returns how many conversions were made before the
 * first mismatch, so that net-tools' "num < 10" checks can be kept. */
struct field {
	uint64_t v;
	const char *s;
	unsigned n;
};

static int is_blank(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int hexval(char c)
{
	if (is_digit(c))
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static const char *skip_blanks(const char *p)
{
	while (is_blank(*p))
		p++;
	return p;
}

/* strtoull(p, &end, base) with base 10 or 16, or 0 (strtoull's: 0x is
 * hex, 0 octal): end, or 0 if no digit */
static const char *scan_num(const char *p, int base, uint64_t *v)
{
	int neg = 0, d, any = 0, over = 0;
	uint64_t x = 0;

	p = skip_blanks(p);
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (base != 10 && p[0] == '0' && (p[1] | 32) == 'x' && hexval(p[2]) >= 0)
		p += 2, base = 16;
	if (!base)
		base = *p == '0' ? 8 : 10;
	while ((d = hexval(*p)) >= 0 && d < base) {
		over |= __builtin_mul_overflow(x, (uint64_t)base, &x)
			| __builtin_add_overflow(x, (uint64_t)d, &x);
		p++;
		any = 1;
	}
	if (over)	/* strtoull: saturated, whatever the sign */
		x = -1, neg = 0;
	*v = neg ? -x : x;
	return any ? p : 0;
}

static int scan(const char *p, const char *fmt, struct field *f)
{
	int n = 0;

	for (; *fmt; fmt++) {
		switch (*fmt) {
		case ' ':
			p = skip_blanks(p);
			continue;
		case ':':
			if (*p != ':')
				return n;
			p++;
			continue;
		case 'a':
			f->s = p;
			while (hexval(*p) >= 0 && p - f->s < 64)
				p++;
			if (!(f->n = p - f->s))
				return n;
			break;
		default:
			if (!(p = scan_num(p, *fmt == 'd' ? 10 : 16, &f->v)))
				return n;
			f->s = p;	/* where the text after it starts */
		}
		f++;
		n++;
	}
	return n;
}

/* strtoul(s, &end, 0) that must consume all of s[0..n), which the byte
 * at s[n] ends (the reference's ULONG_MAX is 64-bit) */
static int parse_ulong0(const char *s, size_t n, uint64_t *v)
{
	return scan_num(s, 0, v) == s + n && ~*v ? 0 : -1;
}

/* The kernel prints each 32-bit word of an address in host order: read
 * each 8-digit word into a native integer and keep its bytes as they are. */
static void parse_addr(unsigned char *a, const struct field *f, int v6)
{
	unsigned i, j;

	memset(a, 0, 16);
	for (i = 0; i < (v6 ? 4u : 1u); i++) {
		uint32_t w = 0;
		for (j = 8 * i; j < f->n && j < 8 * i + 8; j++)
			w = w << 4 | hexval(f->s[j]);
		memcpy(a + 4 * i, &w, 4);
	}
}

/* glibc's inet_pton() for AF_INET: four decimal bytes, no leading zeros */
static int parse_ip4(const char *s, unsigned char *a)
{
	unsigned n = 0, v = 0, digits = 0;

	for (;; s++) {
		if (is_digit(*s)) {
			if ((digits && !v) || (v = v * 10 + *s - '0') > 255)
				return 0;
			digits = 1;
		} else if ((*s == '.' || !*s) && digits && n < 4) {
			a[n++] = v;
			v = digits = 0;
			if (!*s)
				return n == 4;
		} else
			return 0;
	}
}

/* glibc's inet_pton(): 4 for an IPv4 address, 16 for IPv6, else 0 */
static int parse_ip(const char *s, unsigned char *a)
{
	unsigned char *t = a, *gap = 0;
	const char *word = s;
	unsigned v = 0, digits = 0, n;
	int d;
	char c;

	memset(a, 0, 16);
	if (parse_ip4(s, a))
		return 4;
	if (*s == ':' && *++s != ':')
		return 0;
	for (;;) {
		if ((d = hexval(c = *s++)) >= 0) {
			if (digits++ == 4)
				return 0;
			v = v << 4 | d;
			continue;
		}
		if (c == ':') {
			word = s;
			if (!digits) {
				if (gap)
					return 0;
				gap = t;
				continue;
			}
		} else if (c == '.' && t <= a + 12 && parse_ip4(word, t)) {
			t += 4;
			break;
		} else if (c)
			return 0;
		if (digits) {
			if (t > a + 14 || (c && !*s))
				return 0;
			*t++ = v >> 8;
			*t++ = v;
			v = digits = 0;
		}
		if (!c)
			break;
	}
	if (gap) {	/* :: stands for the zeros that make it 16 bytes */
		if (t == a + 16)
			return 0;
		n = t - gap;
		memmove(a + 16 - n, gap, n);
		memset(gap, 0, a + 16 - n - gap);
		t = a + 16;
	}
	return t == a + 16 ? 16 : 0;
}

static int lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* whether s[0..n) is the word w, case aside (ASCII) */
static int same_word(const char *s, size_t n, const char *w)
{
	while (n--)
		if (!*w || lower(*s++) != lower(*w++))
			return 0;
	return !*w;
}

/* strstr(s, w) != 0, without linking strstr's 1 KiB */
static int contains(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncmp(s, w, n))
			return 1;
	return !n;
}

/* Splits a line into blank-separated words, stopping at '#'. */
static int words(char *s, char **w, int max)
{
	int n = 0;

	for (;;) {
		s = (char *)skip_blanks(s);
		if (!*s || *s == '#' || n == max)
			return n;
		w[n++] = s;
		while (*s && !is_blank(*s) && *s != '#')
			s++;
		if (*s == '#' || !*s) {
			*s = 0;
			return n;
		}
		*s++ = 0;
	}
}

static int is_zero(const unsigned char *a, int n)
{
	while (n--)
		if (*a++)
			return 0;
	return 1;
}

static int is_mapped(const unsigned char *a)
{
	return is_zero(a, 10) && a[10] == 0xff && a[11] == 0xff;
}

/* ---- maps: arrays that grow on demand, and inode -> value maps sorted
 * by (inode, value) ---- */

/* room for element n of an array that grows by doubling from initial
 * elements, with mmap and mremap (no malloc, no bss; the system calls
 * themselves: musl's wrappers cost 400 bytes); 0, or -1 when memory runs
 * out (or MAP_BYTES_MAX is reached) */
static int grow(void *array, unsigned *cap, unsigned n, size_t size, unsigned initial)
{
	void **p = array, *q = MAP_FAILED;
	size_t c = *cap ? *cap : initial;

	if (n < *cap)
		return 0;
	while (c <= n && c < UINT32_MAX / 2)
		c *= 2;
	if (c > n && c <= MAP_BYTES_MAX / size)
		q = *cap ? (void *)syscall(SYS_mremap, *p, *cap * size, c * size, MREMAP_MAYMOVE)
		    : (void *)syscall(SYS_MMAP, 0, c * size, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (q == MAP_FAILED)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

struct imap {
	uint64_t ino;
	uint32_t val, uid;	/* uid: pmap's, of the socket (user= on unix rows) */
};

static int imap_less(const struct imap *a, const struct imap *b)
{
	return a->ino < b->ino || (a->ino == b->ino && a->val < b->val);
}

static void sift(struct imap *h, unsigned i, unsigned n)
{
	unsigned c;
	struct imap t;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && imap_less(&h[c], &h[c + 1]))
			c++;
		if (!imap_less(&h[i], &h[c]))
			break;
		t = h[i], h[i] = h[c], h[c] = t;
		i = c;
	}
}

/* heapsort: no allocation, n log n at worst */
static void imap_sort(struct imap *h, unsigned n)
{
	unsigned i;
	struct imap t;

	for (i = n / 2; i--;)
		sift(h, i, n);
	for (i = n; i-- > 1;) {
		t = h[0], h[0] = h[i], h[i] = t;
		sift(h, 0, i);
	}
}

/* the first entry of ino, or n */
static unsigned imap_find(const struct imap *h, unsigned n, uint64_t ino)
{
	unsigned lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (h[mid].ino < ino)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && h[lo].ino == ino ? lo : n;
}

/* ==== sockets: source -> struct sock_row -> selection -> formatter ====
 *
 * A source fills one struct sock_row per socket (proc_rows() from the
 * /proc/net tables, diag_rows() from sock_diag); pipe_row() hands each row
 * to the selection (selected(): -a, -l, the filters of struct filter) and,
 * if chosen, to the formatter (text_row()).  The driver, list_sockets(),
 * runs the sources in net-tools' order between the formatter's headers. */

/* what the formatter asks of the lookups (below) */
static const char *host_name(const unsigned char *a, int v6, char *num);
static char *numeric_host(const unsigned char *a, int v6, char *num);
static const char *service(unsigned port, int proto, char *buf);
static const char *user_name(unsigned uid);
struct proc;
struct sock_row;
static const struct proc *program(const struct sock_row *r);
static const char *program_name(const struct sock_row *r);
static void text_cmdline(const struct sock_row *r);
static void json_program(const struct sock_row *r);
static void load_programs(unsigned wants);
static int groups(void);

/* <linux/net.h>: a unix socket's state and flags */
enum { SS_FREE, SS_UNCONNECTED, SS_CONNECTING, SS_CONNECTED, SS_DISCONNECTING };
#define SO_ACCEPTCON (1 << 16)
#define SO_WAITDATA (1 << 17)
#define SO_NOSPACE (1 << 18)

/* <net/tcp_states.h> */
enum {
	TCP_ESTABLISHED = 1, TCP_SYN_SENT, TCP_SYN_RECV, TCP_FIN_WAIT1, TCP_FIN_WAIT2,
	TCP_TIME_WAIT, TCP_CLOSE, TCP_CLOSE_WAIT, TCP_LAST_ACK, TCP_LISTEN, TCP_CLOSING
};
/* the State column's words: TCP's by number (0, TCP_ESTABLISHED ...), then
 * the rest a state= filter may name */
static const char state_names[] =
	"\0ESTABLISHED\0SYN_SENT\0SYN_RECV\0FIN_WAIT1\0FIN_WAIT2\0"
	"TIME_WAIT\0CLOSE\0CLOSE_WAIT\0LAST_ACK\0LISTEN\0CLOSING\0"
	"UNKNOWN\0LISTENING\0FREE\0\0CONNECTING\0CONNECTED\0DISCONNECTING\0";
enum { S_UNKNOWN = TCP_CLOSING + 1, S_LISTENING, S_UNIX /* + SS_* */, S_END = S_UNIX + 5 };

/* the layouts of rows, which for inet are also the protocols of services */
enum { K_TCP, K_UDP, K_RAW, K_SCTP, K_UNIX };
static const char kind_name[] = "tcp\0udp\0raw";	/* K_TCP .. K_RAW */

static const struct table {
	char file[13], label[6];	/* file: under $PROC_ROOT/net */
	unsigned char kind, family, protocol;	/* for sock_diag */
} tables[] = {
	{ "tcp", "tcp", K_TCP, AF_INET, IPPROTO_TCP },
	{ "tcp6", "tcp6", K_TCP, AF_INET6, IPPROTO_TCP },
	{ "udp", "udp", K_UDP, AF_INET, IPPROTO_UDP },
	{ "udp6", "udp6", K_UDP, AF_INET6, IPPROTO_UDP },
	{ "udplite", "udpl", K_UDP, AF_INET, IPPROTO_UDPLITE },
	{ "udplite6", "udpl6", K_UDP, AF_INET6, IPPROTO_UDPLITE },
	{ "raw", "raw", K_RAW, AF_INET, IPPROTO_RAW },
	{ "raw6", "raw6", K_RAW, AF_INET6, IPPROTO_RAW },
	{ "unix", "unix", K_UNIX, AF_UNIX, 0 },
	/* endpoints, then associations; net-tools also reads sctp6/eps and
	 * sctp6/assocs (for -6), which no kernel has had */
	{ "sctp/eps", "sctp", K_SCTP, AF_INET, 0 },
	{ "sctp/assocs", "sctp", K_SCTP, AF_INET, 0 },
};
#define UNIX_TABLE (tables + 8)
#define SCTP_EPS (tables + 9)
#define SCTP_ASSOCS (tables + 10)

struct sock_row {
	const struct table *t;		/* where it comes from */
	unsigned state;			/* TCP_*, SS_*, or the raw number */
	uint64_t inode;
	/* inet */
	unsigned char la[16], ra[16], v6;	/* local and remote address */
	unsigned lport, rport, timer;
	uint64_t txq, rxq, when, retr;
	int uid, timeout;
	/* unix */
	uint64_t refcnt, sflags;	/* SO_* */
	unsigned type, proto;
	char has_inode;			/* the table has an Inode column */
	signed char dual;		/* dual_stack() */
	const char *path;		/* in the source's buffer, not terminated */
	unsigned plen;
	/* sctp: the local and remote addresses, blank-separated (eps: no remote) */
	const char *addrs[2];
};

/* The filters, from the operands (main): terms of a few kinds.  A row must
 * match a term of each kind given (same kind: either one will do), and no
 * term that excludes (state=^S). */
enum { F_PORT, F_ADDR, F_STATE, F_PID, F_CMD, F_USER };
struct filter {
	unsigned char kind, not, v6, bits;	/* F_*; state=^; F_ADDR: its family, prefix */
	uint16_t lo, hi;			/* F_PORT, F_ADDR: a port range */
	uint32_t id;				/* state (in state_names), PID, uid */
	unsigned char a[16];
	const char *name;			/* F_CMD */
};
static struct filter *filter;
static unsigned nfilter, filter_cap, filter_kinds;	/* bits 1 << F_* */
static uint32_t states_in, states_out;	/* TCP states state= lets in, keeps out */
/* the filters that need the processes (load_programs()): unix rows' owners too */
#define INET_WANTS (1 << F_PID | 1 << F_CMD)
#define UNIX_WANTS (INET_WANTS | 1 << F_USER)
static int held_by(const struct filter *f, const struct sock_row *r);
static uint32_t socket_owner(const struct sock_row *r);

static char explicit;		/* a protocol or family was named */
static char noprot;		/* ... but only a family (-4, -A inet) */

/* ---- source: the /proc/net tables ---- */

/* "sl: local:port remote:port st tx:rx tr:when retr uid timeout inode";
 * returns the number of fields found, as net-tools' sscanf would */
static int parse_inet(const char *line, struct sock_row *r)
{
	struct field f[14];
	int n;

	memset(f, 0, sizeof(f));	/* what the line lacks stays 0 */
	if ((n = scan(line, "d: a:x a:x x x:x x:x x d d d", f)) < 10)
		return n;
	r->v6 = f[1].n > 8;
	parse_addr(r->la, &f[1], r->v6);
	parse_addr(r->ra, &f[3], r->v6);
	r->lport = f[2].v;
	r->rport = f[4].v;
	r->state = f[5].v;
	r->txq = f[6].v;
	r->rxq = f[7].v;
	r->timer = f[8].v;
	r->when = f[9].v;
	r->retr = f[10].v;
	r->uid = f[11].v;
	r->timeout = f[12].v;
	r->inode = f[13].v;
	return n;
}

/* a row of tcp*, udp*, udplite* or raw*: 1 when r holds one */
static int inet_row(struct sock_row *r, char *line, int lnr)
{
	int n = parse_inet(line, r);

	if (!lnr)
		return 0;
	if (n < (r->t->kind == K_TCP ? 11 : 10)) {
		errs("warning, got bogus ", nth(kind_name, r->t->kind), " line.\n");
		return 0;
	}
	return 1;
}

/* "Num: RefCount Protocol Flags Type St Inode Path"; kernels before 2.3
 * have no Inode column, and the header line says so */
static int unix_row(struct sock_row *r, char *line, int lnr)
{
	static char has_inode;
	struct field f[7];
	int n;

	if (!lnr) {
		has_inode = contains(line, "Inode");
		return 0;
	}
	if ((n = scan(line, "x: x x x x x d", f)) < 6) {
		errs("warning, got bogus ", "unix", " line.\n");
		return 0;
	}
	r->refcnt = f[1].v;
	r->proto = f[2].v;
	r->sflags = f[3].v;
	r->type = f[4].v;
	r->state = f[5].v;
	r->has_inode = has_inode;
	r->path = "";
	if (n > 6) {
		r->inode = f[6].v;
		r->path = f[6].s + (*f[6].s == ' ');	/* the kernel's one blank */
		while (r->path[r->plen] && r->path[r->plen] != '\n')
			r->plen++;
	}
	return 1;
}

/* strtok(): the next token of *s that has none of delims, cut in place */
static char *token(char **s, const char *delims)
{
	char *p = *s, *t;

	while (*p && strchr(delims, *p))
		p++;
	for (t = p; *p && !strchr(delims, *p); p++)
		;
	if (*p)
		*p++ = 0;
	*s = p;
	return *t ? t : 0;
}

/* atoi() */
static int to_int(const char *s)
{
	uint64_t v;

	scan_num(s, 10, &v);
	return v;
}

/* the next address of an sctp list into w (63 bytes at most), without the
 * '*' that marks an association's primary one; 0 at the end */
static const char *sctp_word(const char *list, char *w, int assoc)
{
	unsigned n = 0;

	if (!list)
		return 0;
	while (*list == ' ')
		list++;
	if (!*list)
		return 0;
	for (list += assoc && *list == '*'; *list && *list != ' '; list++)
		if (n < 63)
			w[n++] = *list;
	w[n] = 0;
	return list;
}

/* 1 for IPv6; an IPv4 address that inet_addr() rejects is 255.255.255.255 */
static int sctp_addr(const char *w, unsigned char *a)
{
	int n = parse_ip(w, a);

	if (!n && !strchr(w, ':'))
		memset(a, 255, 4);
	return n == 16 || (!n && strchr(w, ':'));
}

/* the first address of a list as IPv6, IPv4 mapped: the one the filters
 * and --json see */
static void sctp_first(const char *list, unsigned char *a, int assoc)
{
	char w[64];

	if (sctp_word(list, w, assoc) && !sctp_addr(w, a)) {
		memcpy(a + 12, a, 4);
		memset(a, 0, 10);
		a[10] = a[11] = 255;
	}
}

/* sctp/eps: "ENDPT SOCK STY SST HBKT LPORT UID INODE LADDRS";
 * sctp/assocs: "ASSOC SOCK STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID
 * INODE LPORT RPORT LADDRS <-> RADDRS\t<more>", the addresses each "%pI4 "
 * or "%pI6 ".  Split as net-tools' strtok() splits them, the numbers read
 * as its atoi() and strtoul(, 0) read them. */
static int sctp_row(struct sock_row *r, char *line, int lnr)
{
	static const unsigned char at[2][3] = { { 5, 6, 7 }, { 11, 9, 10 } };	/* LPORT UID INODE */
	int assoc = r->t >= SCTP_ASSOCS, n = assoc ? 13 : 8, i, v[13];
	const unsigned char *f = at[assoc];
	char *w[13], *p = line;

	for (i = 0; i < n; i++)
		w[i] = token(&p, " \t\n");
	if (!lnr)
		return 0;
	if (!w[n - 1]) {	/* none after a word that is missing */
		errs("warning, got bogus sctp ", assoc ? "assoc" : "eps", " line.\n");
		return 0;
	}
	for (i = 0; i < n; i++)
		v[i] = to_int(w[i]);
	r->state = v[3];
	r->lport = v[f[0]] & 0xffff;
	r->uid = v[f[1]];
	parse_ulong0(w[f[2]], strlen(w[f[2]]), &r->inode);
	r->addrs[0] = token(&p, assoc ? "<->\t\n" : "\t\n");
	if (assoc) {
		r->txq = (unsigned)v[7];
		r->rxq = (unsigned)v[8];
		r->rport = v[12] & 0xffff;
		r->addrs[1] = token(&p, "<->\t\n");
	}
	r->v6 = 1;
	sctp_first(r->addrs[0], r->la, assoc);
	sctp_first(r->addrs[1], r->ra, assoc);
	if (!assoc)	/* no remote: the local one's family, all zero */
		memcpy(r->ra, r->la, 12);
	return 1;
}

/* Feeds every line of $PROC_ROOT/net/name to fn; -1 if it cannot be opened. */
static int read_lines(const char *name, void (*fn)(const struct table *, char *, int),
		      const struct table *t)
{
	char *l;
	int lnr = 0;

	if (proc_open("net/", name) < 0)
		return -1;
	while ((l = rd_line(&tab)))
		fn(t, l, lnr++);
	rd_close(&tab);
	return 0;
}

static void pipe_row(struct sock_row *r);

static void table_line(const struct table *t, char *line, int lnr)
{
	struct sock_row r;

	memset(&r, 0, sizeof(r));
	r.t = t;
	if ((t->kind == K_UNIX ? unix_row : t->kind == K_SCTP ? sctp_row : inet_row)(&r, line, lnr))
		pipe_row(&r);
}

/* source: every row of $PROC_ROOT/net/<t->file>; -1 if it cannot be opened */
static int proc_rows(const struct table *t)
{
	return read_lines(t->file, table_line, t);
}

/* ---- source: sock_diag (netlink) for tcp, udp, udplite and raw ----
 *
 * One dump per table (AF_INET for tcp, AF_INET6 for tcp6...) through one
 * static buffer, each message a row as it arrives.  It gives /proc's rows
 * in /proc's order (measured on 6.18, README "Netlink") except where noted
 * below; there, and on any error before the first row, the table is read
 * from /proc instead.  musl has no kernel headers: the ABI is spelled here
 * (<linux/netlink.h>, <linux/sock_diag.h>, <linux/inet_diag.h>). */

#define NETLINK_SOCK_DIAG 4
#define SOCK_DIAG_BY_FAMILY 20
#define NLM_F_REQUEST 1
#define NLM_F_DUMP 0x300
#define NLMSG_ERROR 2
#define NLMSG_DONE 3
#define NLMSG_ALIGN(n) (((n) + 3) & ~3u)
/* TCP_ESTABLISHED .. TCP_CLOSING: bit 13, bound but inactive (6.8+), would
 * add sockets /proc never lists */
#define TCPF_ALL 0xffe

struct nl_header {
	uint32_t len;
	uint16_t type, flags;
	uint32_t seq, pid;
};

struct diag_sockid {
	uint16_t sport, dport;		/* network order */
	unsigned char src[16], dst[16];	/* as in /proc: the words as they are */
	uint32_t ifindex, cookie[2];
};

struct diag_req {		/* struct inet_diag_req_v2 */
	struct nl_header h;
	unsigned char family, protocol, ext, pad;
	uint32_t states;
	struct diag_sockid id;
};

struct diag_msg {		/* struct inet_diag_msg */
	unsigned char family, state, timer, retrans;
	struct diag_sockid id;
	uint32_t expires, rqueue, wqueue, uid, inode;
};

/* $NETSTAT_SOURCE (proc: rows from /proc), or PROC_ROOT (no netlink at all) */
enum { SOURCE_AUTO, SOURCE_NETLINK, SOURCE_PROC, SOURCE_ROOT };
static char source;

/* Linux 5.15.0 to about 5.15.139 and 5.16 to 5.18 dump TCP listeners in
 * another order than /proc/net/tcp lists them; before 4.4 it is unknown.
 * uname() is asked once. */
#define KERNEL(a, b, c) ((a) << 16 | (b) << 8 | (c))
static int tcp_order_differs(void)
{
	static signed char differs = -1;
	struct utsname u;
	uint64_t v[3] = { 0, 0, 0 };
	const char *p;
	int i;

	if (differs >= 0)
		return differs;
	if (uname(&u))
		return differs = 1;
	for (i = 0, p = u.release; i < 3 && (p = scan_num(p, 10, &v[i])); i++)
		if (*p++ != '.')
			break;
	v[0] = KERNEL(v[0], v[1], v[2] < 255 ? v[2] : 255);
	return differs = v[0] < KERNEL(4, 4, 0)
		|| (v[0] >= KERNEL(5, 15, 0) && v[0] < KERNEL(5, 15, 140))
		|| (v[0] >= KERNEL(5, 16, 0) && v[0] < KERNEL(5, 19, 0));
}

/* whether sock_diag gives table t's rows as /proc has them: not the uid
 * (-e) nor the retransmits (-o) of SYN_RECV rows (the kernel has only the
 * listener's uid and num_timeout for /proc, 0 and num_retrans for diag) */
static int diag_exact(const struct table *t)
{
	if (!FEATURE_NETLINK || source >= SOURCE_PROC)
		return 0;
	return t->kind != K_TCP || (!count[C_EXTEND] && !FLAG(O_TIMERS) && !tcp_order_differs());
}

/* a diag message as the row /proc would have: Send-Q of a listener is its
 * backlog in diag and 0 in /proc (but for a socket that listens after a
 * failed connect(), 3: a deviation); /proc has no remote port for raw */
static void diag_row(const struct table *t, const struct nl_header *h)
{
	const struct diag_msg *m = (const void *)(h + 1);
	struct sock_row r;

	memset(&r, 0, sizeof(r));
	r.t = t;
	r.v6 = m->family == AF_INET6;
	memcpy(r.la, m->id.src, 16);
	memcpy(r.ra, m->id.dst, 16);
	r.lport = ntohs(m->id.sport);
	r.rport = t->kind == K_RAW ? 0 : ntohs(m->id.dport);
	r.state = m->state;
	r.rxq = m->rqueue;
	r.txq = m->state == TCP_LISTEN ? 0 : m->wqueue;
	r.uid = m->uid;
	r.inode = m->inode;	/* the timer columns (-o) come from /proc */
	pipe_row(&r);
}

static int diag_fd = -1;

/* a dump that ended early: a new socket for the next one, so that it never
 * reads what is left of this one; -1 with no row yet (NETSTAT_SOURCE=netlink
 * says why: e), else 0 */
static int diag_stop(const struct table *t, int rows, int e)
{
	close(diag_fd);
	diag_fd = -1;
	if (rows)
		return 0;
	if (source == SOURCE_NETLINK)
		errs("netstat: sock_diag: ", t->file, ": "), report_error(0, 0, e);
	return -1;
}

/* The kernel's filter (INET_DIAG_REQ_BYTECODE): ops {code, yes, no}, each
 * port compare followed by one op whose no is the port; a run that ends
 * exactly at the end keeps the socket, one that jumps past it drops it. */
#define INET_DIAG_REQ_BYTECODE 1
enum { BC_NOP, BC_JMP, BC_S_GE, BC_S_LE, BC_D_GE, BC_D_LE };
struct bc_op {
	unsigned char code, yes;
	uint16_t no;			/* yes, no: bytes forward */
};
#define BC_MAX 1001		/* ops: 100 port ranges, 10 for each */

/* the :PORT filters as bytecode (a port of theirs at either end): ops
 * used, 0 for none or too many (the rows are selected here anyway) */
static unsigned port_bytecode(struct bc_op *op)
{
	/* source (then dest) lo <= port <= hi: keep; else the next five */
	static const struct bc_op in_range[5] = {
		{ BC_S_GE, 8, 20 }, { 0 }, { BC_S_LE, 8, 12 }, { 0 }, { BC_JMP, 4, 0 }
	}, drop = { BC_JMP, 4, 8 };
	const struct filter *f;
	unsigned n = 0, end = 1, d;

	for (f = filter; f < filter + nfilter; f++)
		end += f->kind == F_PORT ? 10 : 0;
	if (end == 1 || end > BC_MAX)
		return 0;
	for (f = filter; f < filter + nfilter; f++)
		for (d = 0; f->kind == F_PORT && d < 4; d += 2, n += 5) {
			memcpy(op + n, in_range, sizeof(in_range));
			op[n].code += d;
			op[n + 1].no = f->lo;
			op[n + 2].code += d;
			op[n + 3].no = f->hi;
			op[n + 4].no = 4 * (end - n - 4);	/* to the end: keep */
		}
	op[n] = drop;
	return end;
}

/* the sockets of table t in these states (TCPF_*), each message to fn,
 * the :PORT filters applied if ports; -1 (and no message) when sock_diag
 * cannot */
static int diag_dump(const struct table *t, uint32_t states, int ports,
		     void (*fn)(const struct table *, const struct nl_header *))
{
	static unsigned char buf[32768] __attribute__((aligned(4)));	/* the kernel's largest batch */
	struct {
		struct diag_req q;
		uint16_t len, type;	/* the bytecode's attribute */
		struct bc_op op[BC_MAX];
	} m;
	const struct nl_header *h;
	int rows = 0, e;
	unsigned ops = ports ? port_bytecode(m.op) : 0;
	ssize_t n;

	memset(&m, 0, sizeof(m.q));
	m.q.h.len = sizeof(m.q) + (ops ? 4 + 4 * ops : 0);
	m.q.h.type = SOCK_DIAG_BY_FAMILY;
	m.q.h.flags = NLM_F_REQUEST | NLM_F_DUMP;
	m.q.family = t->family;
	m.q.protocol = t->protocol;
	m.q.states = states;
	m.len = 4 + 4 * ops;
	m.type = INET_DIAG_REQ_BYTECODE;
	if (diag_fd < 0 && (diag_fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG)) < 0)
		return diag_stop(t, 0, errno);
	if (send(diag_fd, &m, m.q.h.len, 0) != (ssize_t)m.q.h.len)
		return diag_stop(t, 0, errno);
	for (;;) {
		if ((n = recv(diag_fd, buf, sizeof(buf), MSG_TRUNC)) < 0 && errno == EINTR)
			continue;
		if (n <= 0 || n > (ssize_t)sizeof(buf))
			return diag_stop(t, rows, n < 0 ? errno : EMSGSIZE);
		for (h = (void *)buf; n >= (ssize_t)sizeof(*h) && h->len >= sizeof(*h) && h->len <= (size_t)n;
		     n -= NLMSG_ALIGN(h->len), h = (void *)((char *)h + NLMSG_ALIGN(h->len))) {
			if (h->type == NLMSG_DONE || h->type == NLMSG_ERROR) {
				/* a missing module ends the dump with DONE and -ENOENT */
				e = h->len >= sizeof(*h) + 4 ? *(const int *)(h + 1) : 0;
				return e ? diag_stop(t, rows, 0u - e) : 0;
			}
			if (h->len < sizeof(*h) + sizeof(struct diag_msg))
				return diag_stop(t, rows, EBADMSG);
			fn(t, h);
			rows++;
		}
	}
}

/* source: table t from sock_diag, which filters by state where it can */
static int diag_rows(const struct table *t)
{
	uint32_t states = TCPF_ALL;

	if (t->kind == K_TCP && !FLAG(O_ALL))	/* what -l or the default show */
		states = FLAG(O_LISTENING) ? 1 << TCP_LISTEN : TCPF_ALL & ~(1 << TCP_LISTEN);
	if (t->kind != K_UDP)	/* udp's UNKNOWN is most states */
		states &= (states_in ? states_in : TCPF_ALL) & ~states_out;
	return diag_dump(t, states, t->kind != K_RAW && filter_kinds & 1 << F_PORT, diag_row);
}

/* --dual-stack: IPV6_V6ONLY of the inet6 sockets that may take IPv4, from
 * the attribute sock_diag gives for listeners and unconnected sockets */
#define INET_DIAG_SKV6ONLY 11
static struct imap *v6only;	/* inode -> IPV6_V6ONLY */
static unsigned nv6only, v6only_cap;

static void v6only_row(const struct table *t, const struct nl_header *h)
{
	const struct diag_msg *m = (const void *)(h + 1);
	const unsigned char *a = (const unsigned char *)(m + 1), *end = (const unsigned char *)h + h->len;
	uint16_t len;

	for (; end - a >= 5 && (len = *(const uint16_t *)a) >= 4 && len <= end - a; a += NLMSG_ALIGN(len))
		if (*(const uint16_t *)(a + 2) == INET_DIAG_SKV6ONLY) {
			if (grow(&v6only, &v6only_cap, nv6only, sizeof(*v6only), 64))
				return;
			v6only[nv6only].ino = m->inode;
			v6only[nv6only++].val = a[4];
			return;
		}
}

/* asks sock_diag about table t's inet6 sockets before their rows come */
static void v6only_load(const struct table *t)
{
	if (!FEATURE_DUALSTACK || !FEATURE_NETLINK || !FLAG(O_DUALSTACK) || t->kind == K_RAW
	    || source == SOURCE_ROOT)
		return;
	diag_dump(t, 1 << TCP_LISTEN | 1 << TCP_CLOSE, 0, v6only_row);
	imap_sort(v6only, nv6only);
}

/* 1 or 0 as sock_diag said, -1 if it did not */
static int v6only_of(uint64_t ino)
{
	unsigned i = imap_find(v6only, nv6only, ino);

	return i < nv6only ? (int)v6only[i].val : -1;
}

/* the rows of table t from the best source; -1 if there are none to read */
static int table_rows(const struct table *t)
{
	if (t->family == AF_INET6)
		v6only_load(t);
	if (diag_exact(t) && !diag_rows(t))
		return 0;
	return proc_rows(t);
}

/* ---- selection ---- */

/* TCP listens when the remote port is 0, UDP and raw when the remote
 * address is all zero, unix when it accepts connections */
static int is_listening(const struct sock_row *r)
{
	switch (r->t->kind) {
	case K_TCP:
		return !r->rport;
	case K_SCTP:	/* an endpoint */
		return r->t < SCTP_ASSOCS;
	case K_UNIX:
		return r->state == SS_UNCONNECTED && r->sflags & SO_ACCEPTCON;
	}
	return is_zero(r->ra, r->v6 ? 16 : 4);
}

/* where the State column's word is in state_names: for raw rows, which
 * print a number, TCP's word for it; for udp, the three it prints (CLOSE
 * for an empty column) */
static unsigned row_state(const struct sock_row *r)
{
	if (r->t->kind == K_UDP && r->state != TCP_ESTABLISHED && r->state != TCP_CLOSE)
		return S_UNKNOWN;
	if (r->t->kind != K_UNIX)
		return r->state <= TCP_CLOSING ? r->state : S_UNKNOWN;
	if (r->state == SS_UNCONNECTED && r->sflags & SO_ACCEPTCON)
		return S_LISTENING;
	return r->state <= SS_DISCONNECTING ? S_UNIX + r->state : S_UNKNOWN;
}

/* whether the first bits of a and b are the same */
static int prefix_matches(const unsigned char *a, const unsigned char *b, unsigned bits)
{
	unsigned n = bits / 8;

	return !memcmp(a, b, n) && (!(bits & 7) || !((a[n] ^ b[n]) & 0xff00 >> (bits & 7)));
}

/* one end of an inet row: its address (if the term has one) and port */
static int end_matches(const struct filter *f, const unsigned char *a, unsigned port, int v6)
{
	if (port < f->lo || port > f->hi)
		return 0;
	if (f->kind == F_PORT)
		return 1;
	if (f->v6 != v6) {	/* an IPv4 term matches v4-mapped addresses */
		if (f->v6 || !is_mapped(a))
			return 0;
		a += 12;
	}
	return prefix_matches(a, f->a, f->bits);
}

static int term_matches(const struct filter *f, const struct sock_row *r)
{
	unsigned st;

	switch (f->kind) {
	case F_STATE:	/* an empty State column is CLOSE */
		st = row_state(r);
		return f->id == (*nth(state_names, st) ? st : TCP_CLOSE);
	case F_PID:
	case F_CMD:
		return held_by(f, r);
	case F_USER:	/* a unix socket's owner is its file's */
		return (r->t->kind == K_UNIX ? socket_owner(r) : (unsigned)r->uid) == f->id;
	}
	return r->t->kind != K_UNIX	/* which has no ports or addresses */
	       && (end_matches(f, r->la, r->lport, r->v6) || end_matches(f, r->ra, r->rport, r->v6));
}

/* the filters' verdict: a term of each kind given, and no excluding one */
static int filtered_in(const struct sock_row *r)
{
	unsigned want = 0, got = 0, i;

	for (i = 0; i < nfilter; i++) {
		const struct filter *f = filter + i;
		int m = term_matches(f, r);

		if (f->not && m)
			return 0;
		if (!f->not)
			want |= 1u << f->kind, got |= m << f->kind;
	}
	return want == got;
}

/* --dual-stack: whether an inet6 TCP listener or unconnected UDP socket
 * on :: or a v4-mapped address takes IPv4 too (IPV6_V6ONLY off, as
 * sock_diag says); 0 for every other row, -1 if sock_diag cannot say */
static int dual_stack(const struct sock_row *r)
{
	int v6only;

	if (!FEATURE_DUALSTACK || !FLAG(O_DUALSTACK) || r->t->family != AF_INET6
	    || r->state != (r->t->kind == K_TCP ? TCP_LISTEN : TCP_CLOSE)
	    || r->t->kind >= K_RAW || !(is_zero(r->la, 16) || is_mapped(r->la)))
		return 0;
	if ((v6only = v6only_of(r->inode)) < 0) {
		static char told;
		if (!told)
			err("netstat: --dual-stack needs sock_diag: tcp6, udp6 on :: may take IPv4 too\n");
		told = 1;
		return -1;
	}
	return !v6only;
}

/* -a: everything; -l: listeners only; default: the rest; the filters; and
 * where only IPv4 is asked for, of the IPv6 tables only dual-stack sockets */
static int selected(const struct sock_row *r)
{
	if (r->t->family == AF_INET6 && explicit && !af[FAM_I6] && r->dual < 1)
		return 0;
	return (FLAG(O_ALL) || !is_listening(r) == !FLAG(O_LISTENING)) && filtered_in(r);
}

/* ---- formatter: net-tools' text columns ---- */

/* which sockets a block lists */
static const char *text_selection(void)
{
	return FLAG(O_ALL) ? "(servers and established)"
	       : FLAG(O_LISTENING) ? "(only servers)" : "(w/o servers)";
}

static const char program_title[] = " PID/Program name    ";

static const char *cmdline_title(void)
{
	return FEATURE_IDENTITY && FLAG(O_CMDLINE) ? " Command line" : "";
}

static void text_inet_header(void)
{
	outf("Active Internet connections %s\n"
	     "Proto Recv-Q Send-Q Local Address           Foreign Address         State      "
	     "%s%s%s%s\n", text_selection(), count[C_EXTEND] ? " User       Inode     " : "",
	     FLAG(O_PROGRAMS) ? program_title : "", FLAG(O_TIMERS) ? " Timer" : "",
	     cmdline_title());
}

static void text_unix_header(void)
{
	outf("Active UNIX domain sockets %s\n"
	     "Proto RefCnt Flags       Type       State         I-Node  %s Path%s\n",
	     text_selection(), FLAG(O_PROGRAMS) ? program_title : "", cmdline_title());
}

/* "host:port", cut unless -W as net-tools' addr_do_one() cuts it for its
 * 23 columns: to SHORT_LEN bytes and the ':', the port to SHORT_LEN - 4 */
#define SHORT_LEN 22
static char *endpoint(char *out, const unsigned char *a, int v6, unsigned port, int kind)
{
	char hb[64], pb[8];
	const char *h = host_name(a, v6, hb), *p = service(port, kind, pb);
	size_t hl = strlen(h), pl = strlen(p);

	if (!FLAG(O_WIDE) && hl + pl > SHORT_LEN) {
		if (pl > SHORT_LEN - 4)
			pl = SHORT_LEN - 4;
		if (hl > SHORT_LEN - pl)
			hl = SHORT_LEN - pl;
	}
	memcpy(out, h, hl);
	out[hl] = ':';
	memcpy(out + hl + 1, p, pl);
	out[hl + 1 + pl] = 0;
	return out;
}

/* the State column: net-tools prints tcp's by name, udp's as ESTABLISHED,
 * blank or UNKNOWN (row_state()), raw's as a number ("%-11d") */
static const char *inet_state(const struct sock_row *r, char *num)
{
	if (r->t->kind == K_RAW)
		return itoa(num + 23, (int)r->state);
	if (r->t->kind == K_UDP && r->state == TCP_CLOSE)
		return "";	/* row_state()'s CLOSE, which udp leaves blank */
	return nth(state_names, row_state(r));
}

/* net-tools' "off (0.00/%ld/%d)", "keepalive (%2.2f/%ld/%d)"...: seconds
 * from the kernel's jiffies in USER_HZ, which is 100 on Linux */
static void row_timer(const struct sock_row *r)
{
	static const char tcp_timer[] = "off\0on\0keepalive\0timewait\0probe";
	int tcp = r->t->kind == K_TCP;
	unsigned t = r->timer;
	uint64_t when = t ? r->when : 0, retr = r->t->kind == K_UDP ? 0 : r->retr;
	char name[24];

	if (!t || (tcp && t < 5))
		strcpy(name, nth(tcp_timer, tcp ? t : 0));
	else
		strcat(strcpy(name, t < 3 ? "on" : "unkn-"), itoa(name + 23, (int)t));
	outf(JSON
	     ? ",\"timer\":{\"kind\":\"%s\",\"seconds\":%lu.%02u,\"retransmits\":%ld,\"probes\":%d}"
	     : " %s (%lu.%02u/%ld/%d)", name, when / 100, (unsigned)(when % 100), retr, r->timeout);
}

static void text_program(const struct sock_row *r)
{
	if (FLAG(O_PROGRAMS))
		outf(" %-20s", program_name(r));
}

/* the Proto column: tcp6 is tcp46 when dual_stack() says so */
static char *row_label(const struct sock_row *r, char *label)
{
	strcpy(label, r->t->label);
	if (r->dual > 0)
		strcpy(strchr(label, '6'), "46");
	return label;
}

/* the columns after State: -e, -p, -o, --cmdline */
static void text_row_end(const struct sock_row *r)
{
	char uid[24];
	const char *user;

	if (count[C_EXTEND]) {
		/* net-tools: " %-10s " with the user's name, " %-10d " with the uid */
		if (FLAG(O_NUM_USERS) || !(user = user_name(r->uid)))
			user = itoa(uid + 23, r->uid);
		outf(" %-10s %-10lu", user, r->inode);
	}
	text_program(r);
	if (FLAG(O_TIMERS))
		r->t->kind == K_SCTP ? outc(' ') : row_timer(r);	/* sctp's timers are "" */
	text_cmdline(r);
	outc('\n');
}

static void text_inet_row(const struct sock_row *r)
{
	char local[400], foreign[400], state[24], label[8];
	int kind = r->t->kind;

	outf("%-5s %6ld %6ld %-23s %-23s %-11s", row_label(r, label), r->rxq, r->txq,
	     endpoint(local, r->la, r->v6, r->lport, kind),
	     endpoint(foreign, r->ra, r->v6, r->rport, kind), inet_state(r, state));
	text_row_end(r);
}

/* SCTP as net-tools prints it: a line per address, an endpoint's each
 * "host:port" in 47 columns, an association's local and remote ones side
 * by side, the ports on the first line only; hosts cut to 63 bytes and
 * numeric under any of -n --numeric-* -N (net-tools passes sprint() all
 * of flag_not), ports always numeric */
static void text_sctp_row(const struct sock_row *r)
{
	const char *list[2] = { r->addrs[0], r->addrs[1] }, *host;
	char w[64], col[2][72], num[64];
	unsigned char a[16];
	unsigned saved = flags, assoc = r->t >= SCTP_ASSOCS, line, i, n;

	if (flags & (1u << O_NUM_PORTS | 1u << O_NUM_USERS | 1u << O_SYMBOLIC))
		flags |= 1u << O_NUM_HOSTS;
	for (line = 0;; line++) {
		for (i = n = 0; i < 2; i++) {
			*col[i] = 0;
			if ((list[i] = sctp_word(list[i], w, assoc))) {
				host = host_name(a, sctp_addr(w, a), num);
				memcpy(col[i], host, n = strnlen(host, 63));
				col[i][n] = 0;
				if (!line || !assoc)
					strcat(strcat(col[i], ":"), service(i ? r->rport : r->lport, K_SCTP, num));
			}
		}
		if (!n)
			break;
		if (assoc && !line)
			outf("sctp  %6u %6u ", (unsigned)r->rxq, (unsigned)r->txq);
		else
			outs(line ? "\n                    " : "sctp                ");
		outf(assoc ? "%-23s %-23s" : "%-47s", col[0], col[1]);
		if (line)
			pad(12, ' ');
		else if (r->state <= TCP_CLOSING)
			outf(" %-11s", nth(state_names, r->state));
		else
			outf(" UNKNOWN(%d)", r->state);	/* 11 columns or more */
	}
	flags = saved;
	text_row_end(r);
}

static const char unix_flags[] = "ACC\0W\0N";	/* SO_ACCEPTCON << 0, 1, 2 */

static const char *unix_type(const struct sock_row *r)
{
	static const char type[] = "STREAM\0DGRAM\0RAW\0RDM\0SEQPACKET";	/* SOCK_STREAM ... */

	return r->type - 1 < 5 ? nth(type, r->type - 1) : "UNKNOWN";
}

static void text_unix_row(const struct sock_row *r)
{
	char fl[16], *p = stpcpy(fl, "[ ");
	int i;

	for (i = 0; i < 3; i++)
		if (r->sflags & SO_ACCEPTCON << i)
			p = stpcpy(stpcpy(p, nth(unix_flags, i)), " ");
	strcpy(p, "]");
	outf("%-5s %-6ld %-11s %-10s %-13s ", r->proto ? "??" : "unix", r->refcnt, fl,
	     unix_type(r), nth(state_names, row_state(r)));
	if (r->has_inode)
		outf("%-8lu", r->inode);
	else
		outs("-       ");
	text_program(r);
	outc(' ');
	if (r->has_inode)
		out_escaped(r->path, r->plen, 0);	/* whole, where net-tools stops at a blank */
	else
		outf("%lu", r->inode);	/* net-tools prints the inode as the path */
	text_cmdline(r);
	outc('\n');
}

static void text_row(const struct sock_row *r)
{
	int kind = r->t->kind;

	(kind == K_UNIX ? text_unix_row : kind == K_SCTP ? text_sctp_row : text_inet_row)(r);
}

/* ---- formatter: JSON, one object per row (README "JSON") ---- */

static void json_endpoint(const char *key, const unsigned char *a, int v6, unsigned port, int kind)
{
	char num[64], pb[8];

	outf(",\"%s\":{\"address\":\"%s\",\"port\":%u", key, numeric_host(a, v6, num), port & 0xffff);
	if (!FLAG(O_NUM_HOSTS))
		outf(",\"host\":%j", host_name(a, v6, num));
	if (!FLAG(O_NUM_PORTS))
		outf(",\"service\":%j", service(port, kind, pb));
	outc('}');
}

static void json_inet_row(const struct sock_row *r)
{
	char label[8], b[24];
	const char *s = inet_state(r, b);
	int kind = r->t->kind, v;

	outf("\"proto\":\"%s\",\"recv_q\":%lu,\"send_q\":%lu", row_label(r, label), r->rxq, r->txq);
	json_endpoint("local", r->la, r->v6, r->lport, kind);
	json_endpoint("foreign", r->ra, r->v6, r->rport, kind);
	outf(",\"state\":%j,\"uid\":%u,\"inode\":%lu", *s ? s : 0, r->uid, r->inode);
	if (count[C_EXTEND] && !FLAG(O_NUM_USERS))
		outf(",\"user\":%j", user_name(r->uid));
	json_program(r);
	if (FLAG(O_TIMERS))
		row_timer(r);
	if (FEATURE_DUALSTACK && FLAG(O_DUALSTACK) && (v = v6only_of(r->inode)) >= 0)
		outs(v ? ",\"v6only\":true" : ",\"v6only\":false");
}

static void json_unix_row(const struct sock_row *r)
{
	const char *s = nth(state_names, row_state(r));
	int i, n = 0;

	outf("\"proto\":\"%s\",\"refcnt\":%lu,\"flags\":[", r->proto ? "??" : "unix", r->refcnt);
	for (i = 0; i < 3; i++)
		if (r->sflags & SO_ACCEPTCON << i)
			outf(n++ ? ",\"%s\"" : "\"%s\"", nth(unix_flags, i));
	outf("],\"type\":\"%s\",\"state\":%j,\"inode\":%lu,\"path\":", unix_type(r), *s ? s : 0, r->inode);
	if (r->plen && r->has_inode)
		json_string(r->path, r->plen);
	else
		outs("null");
	json_program(r);
}

static void json_row(const struct sock_row *r)
{
	jopen('{');
	(r->t->kind == K_UNIX ? json_unix_row : json_inet_row)(r);
	jclose('}');
}

/* ---- the pipeline and its driver ---- */

/* every row a source finds: the selection, then a formatter */
static void pipe_row(struct sock_row *r)
{
	r->dual = dual_stack(r);
	if (selected(r))
		(JSON ? json_row : text_row)(r);
}

/* A table that cannot be opened: net-tools' message and status. */
static int missing(const char *rel, const char *what)
{
	if (errno != ENOENT && errno != EACCES) {
		report_error("/proc/net/", rel, errno);
		return -1;
	}
	if (!noprot && (explicit || FLAG(O_VERBOSE))) {
		if (what)
			no_support(what);
		else	/* an inet table: "AF INET (tcp)" */
			errs("netstat: no support for `AF INET (", rel, ")' on this system.\n");
	}
	return !noprot && explicit;
}

/* tcp, udp, udplite or raw: the IPv4 table, then the IPv6 one, whose
 * absence is never reported */
static int inet_family(unsigned g)
{
	const struct table *t = tables + 2 * g;
	int rc = 0;

	if ((!explicit || af[FAM_I4]) && table_rows(t) < 0)
		rc = missing(t->file, 0);
	if (!explicit || af[FAM_I6] || (FLAG(O_DUALSTACK) && t->kind != K_RAW))
		table_rows(t + 1);	/* -4 --dual-stack: for tcp46, udp46 */
	return rc;
}

/* SCTP: endpoints (listeners) with -a or -l, then associations unless -l;
 * kernels without the sctp module have neither table */
static int sctp(void)
{
	const struct table *t;
	int rc = 0;

	for (t = SCTP_EPS; t <= SCTP_ASSOCS && !rc; t++)
		if ((FLAG(O_ALL) || (t == SCTP_EPS) == FLAG(O_LISTENING))
		    && (!explicit || af[FAM_I4]) && proc_rows(t) < 0)
			rc = missing(t->file, "AF INET (sctp)");
	return rc;
}

/* Families net-tools knows but few kernels still have: only their absence
 * is reported, as net-tools reports it. */
static int other_family(unsigned fam)
{
	static const char file[][5] = { "ipx", "ax25", "nr", "x25", "rose" };	/* FAM_IPX .. */
	char what[16], *p;

	if (proc_exists(file[fam - FAM_IPX]))
		return 0;
	for (p = stpcpy(stpcpy(what, "AF "), nth(af_name, fam)); p-- > what + 3;)
		if (*p >= 'a')
			*p -= 'a' - 'A';	/* "AF NETROM" */
	if (explicit || FLAG(O_VERBOSE))
		no_support(what);
	return explicit;
}

/* the driver: every source net-tools reads for a listing, in its order */
/* net-tools stops at the first table that fails; we go on past one that
 * cannot be read (its error said, -1 kept for the status) while /proc/net
 * itself can, and stop where a protocol is not supported (1), as it does */
static int stop_at(int *rc, int e)
{
	*rc |= e;
	return e > 0 || (e < 0 && !proc_exists(""));
}

static int list_sockets(void)
{
	static const unsigned char other_order[] = { FAM_IPX, FAM_AX25, FAM_X25, FAM_NETROM, FAM_ROSE };
	unsigned g;
	int rc = 0;

	if (!explicit || flags & PROTOCOLS) {
		load_programs(INET_WANTS);
		if (!JSON)
			text_inet_header();
	}
	for (g = 0; g < 4; g++) {
		if ((!explicit || FLAG(O_TCP + g)) && stop_at(&rc, inet_family(g)))
			return rc;
		if (!g && (!explicit || FLAG(O_SCTP)) && stop_at(&rc, sctp()))
			return rc;
	}
	if (FLAG(O_GROUPS) && stop_at(&rc, groups()))
		return rc;
	if (!explicit || af[FAM_UNX]) {
		load_programs(UNIX_WANTS);
		if (!JSON)
			text_unix_header();
		if (proc_rows(UNIX_TABLE) < 0 && stop_at(&rc, missing("unix", "AF UNIX")))
			return rc;
	}
	for (g = 0; g < sizeof(other_order); g++)
		if ((!explicit || af[other_order[g]]) && stop_at(&rc, other_family(other_order[g])))
			return rc;
	if (explicit && (FLAG(O_L2CAP) || FLAG(O_RFCOMM))) {
		err("netstat: feature `AF BLUETOOTH' not supported.\n"
		     "Please recompile `net-tools' with newer kernel source or full configuration.\n");
		return 1;
	}
	return rc;
}

/* ==== lookups ==== */

/* ---- programs: the process holding a socket inode (-p) ---- */

/* One scan of /proc/PID/fd builds an inode -> process array, sorted when
 * it is complete, and the names of the processes that hold sockets; both
 * grow on demand (grow()), so that the only limit is memory. */
static struct imap *pmap;	/* inode -> index into procs */
#define PROGNAME_WIDTH 20		/* net-tools' " %-20s" column */
static struct proc {
	uint32_t pid, dir, name, exe;	/* strs[dir..] (PID as /proc names it),
					 * strs[name..], strs[exe..]: strings */
	uint32_t cmd, cmdlen;		/* --cmdline: strs[cmd..cmd + cmdlen) */
} *procs;
#define NO_EXE UINT32_MAX
static char *strs;		/* the names, and with --cmdline the command lines */
static unsigned npmap, pmap_cap, nproc, procs_cap, strs_len, strs_cap;
static char programs_loaded;

static void no_memory(void)
{
	static char told;

	if (!told)
		errs("netstat: out of memory", ": some sockets show no program\n", 0);
	told = 1;
}

/* s[0..n) onto the end of strs; -1 when memory runs out */
static int keep(const char *s, size_t n)
{
	if (grow(&strs, &strs_cap, strs_len + n, 1, 4096)) {
		no_memory();
		return -1;
	}
	memcpy(strs + strs_len, s, n);
	strs_len += n;
	return 0;
}

static int all_digits(const char *s)
{
	while (is_digit(*s))
		s++;
	return !*s;
}

/* "socket:[12345]" or "[0000]:12345", the latter from old kernels */
static int socket_inode(const char *l, size_t n, uint64_t *ino)
{
	if (n >= 11 && !memcmp(l, "socket:[", 8) && l[n - 1] == ']')
		return parse_ulong0(l + 8, n - 9, ino);
	if (n >= 8 && !memcmp(l, "[0000]:", 7))
		return parse_ulong0(l + 7, n - 7, ino);
	return -1;
}

struct pidscan {
	int procfd, fdd;	/* $PROC_ROOT, and PID/fd in it */
	const char *pid;
	int proc;		/* index into procs, -1 until cmdline is read */
	char eacces, found;
	int emfile;		/* out of descriptors: some sockets show none */
};

/* a failed open: out of descriptors is said once the scan is done */
static void open_failed(struct pidscan *ps)
{
	if (errno == EMFILE || errno == ENFILE)
		ps->emfile = errno;
}

/* --cmdline: PID/cmdline, whose first n bytes are in b */
static void keep_cmdline(int fd, struct proc *p, char *b, ssize_t n, size_t size)
{
	p->cmd = strs_len;
	for (; n > 0 && !keep(b, n); n = read(fd, b, size))
		;
	p->cmdlen = strs_len - p->cmd;
}

/* net-tools names a process by argv[0], cut after its last '/' only when
 * it starts with '/'; --exe by the file it runs */
static int read_progname(const struct pidscan *ps, struct proc *p)
{
	char path[300], cmd[4096];
	ssize_t got = -1;
	uint64_t pid;
	int fd, exe;

	if ((fd = sys_openat(ps->procfd, strcat(strcpy(path, ps->pid), "/cmdline"), O_RDONLY)) < 0)
		return -1;
	if (FEATURE_IDENTITY && FLAG(O_EXE))
		got = syscall(SYS_readlinkat, ps->procfd, strcat(strcpy(path, ps->pid), "/exe"),
			      cmd, sizeof(cmd) - 1);
	if (!(exe = got >= 0) && (got = read(fd, cmd, 511)) < 0)
		goto fail;
	cmd[got] = 0;
	p->pid = scan_num(ps->pid, 10, &pid) ? pid : 0;
	p->dir = strs_len;
	p->cmdlen = 0;
	if (keep(ps->pid, strlen(ps->pid) + 1))
		goto fail;
	p->exe = exe ? strs_len : NO_EXE;
	p->name = strs_len + (cmd[0] == '/' ? strrchr(cmd, '/') + 1 - cmd : 0);
	if (keep(cmd, strlen(cmd) + 1))
		goto fail;
	if (FEATURE_IDENTITY && FLAG(O_CMDLINE))
		keep_cmdline(fd, p, cmd, exe ? read(fd, cmd, sizeof(cmd)) : got, sizeof(cmd));
	close(fd);
	return 0;
fail:
	close(fd);
	return -1;
}

/* "PID/name" as -p prints it: escaped, in at most 19 columns, and with
 * --exe a " (deleted)" that is never cut off */
static const char *proc_label(const struct proc *p)
{
	static const char deleted[] = " (deleted)";
	static char b[PROGNAME_WIDTH];
	const char *name = strs + p->name;
	size_t n = strnlen(strs + p->dir, PROGNAME_WIDTH - 1), len = strlen(name), k = 0;

	if (p->exe != NO_EXE && len > 10 && !strcmp(name + len - 10, deleted))
		k = 10;
	memcpy(b, strs + p->dir, n);
	if (n < PROGNAME_WIDTH - 1)
		b[n++] = '/';
	if (k > PROGNAME_WIDTH - 1 - n)
		k = PROGNAME_WIDTH - 1 - n;
	n += escape(b + n, name, len - k, PROGNAME_WIDTH - 1 - n - k);
	memcpy(b + n, deleted, k);
	b[n + k] = 0;
	return b;
}

/* an fd of the process: a socket's inode goes into pmap */
static void scan_fd(const char *fd, void *ctx)
{
	struct pidscan *ps = ctx;
	struct imap *m;
	uint32_t sx[64];	/* struct statx, the same on every arch */
	char link[30];
	uint64_t ino;
	ssize_t n;

	if (!is_digit(*fd))
		return;
	n = syscall(SYS_readlinkat, ps->fdd, fd, link, sizeof(link) - 1);	/* net-tools' 29 bytes */
	if (n < 0)
		return;
	link[n] = 0;
	if (socket_inode(link, n, &ino))
		return;
	if (ps->proc < 0) {
		if (grow(&procs, &procs_cap, nproc, sizeof(*procs), PROC_INIT)) {
			no_memory();
			return;
		}
		if (read_progname(ps, procs + nproc)) {
			open_failed(ps);
			return;
		}
		ps->proc = nproc++;
	}
	ps->found = 1;
	if (grow(&pmap, &pmap_cap, npmap, sizeof(*pmap), PMAP_INIT)) {
		no_memory();
		return;
	}
	m = &pmap[npmap++];
	m->ino = ino;
	m->val = ps->proc;
	m->uid = -1;
	if (filter_kinds & 1 << F_USER && !syscall(SYS_statx, ps->fdd, fd, 0, STATX_UID, sx))
		m->uid = sx[5];	/* struct statx's stx_uid */
}

static void scan_pid(const char *name, void *ctx)
{
	struct pidscan *ps = ctx;
	char rel[300];

	if (!all_digits(name) || strlen(name) > 255)
		return;
	if ((ps->fdd = sys_openat(ps->procfd, strcat(strcpy(rel, name), "/fd"), O_RDONLY | O_DIRECTORY)) < 0) {
		if (errno == EACCES)
			ps->eacces = 1;
		open_failed(ps);
		return;
	}
	ps->pid = name;
	ps->proc = -1;
	each_entry(ps->fdd, scan_fd, ps);
}


static void load_programs(unsigned wants)
{
	struct pidscan ps = { 0 };
	char num[24];

	if (programs_loaded || !(FLAG(O_PROGRAMS) || filter_kinds & wants))
		return;
	programs_loaded = 1;
	npmap = nproc = strs_len = 0;
	if ((ps.procfd = sys_openat(AT_FDCWD, proc_root, O_RDONLY | O_DIRECTORY)) < 0)
		goto none;
	each_entry(ps.procfd, scan_pid, &ps);
	imap_sort(pmap, npmap);
	if (ps.emfile)
		report_error("netstat: -p", "", ps.emfile);
	if (!ps.eacces)
		return;
	if (ps.found) {
		err("(Not all processes could be identified, non-owned process info\n"
		     " will not be shown, you would have to be root to see it all.)\n");
		return;
	}
none:
	errs("(No info could be read for \"-p\": geteuid()=",
	     utoa(num + 23, geteuid()), " but you should be root.)\n");
}

/* the first of the socket's entries in pmap, or 0 */
static const struct imap *holder(const struct sock_row *r)
{
	unsigned i = imap_find(pmap, npmap, r->inode);

	return i < npmap && (r->t->kind != K_UNIX || r->has_inode) ? pmap + i : 0;
}

/* the first process found holding the socket, or 0 */
static const struct proc *program(const struct sock_row *r)
{
	const struct imap *e = holder(r);

	return e ? procs + e->val : 0;
}

static const char *program_name(const struct sock_row *r)
{
	const struct proc *p = program(r);

	return p ? proc_label(p) : "-";
}

/* --cmdline: the command line less its trailing NULs */
static size_t cmdline_len(const struct proc *p)
{
	size_t n = p->cmdlen;

	while (n && !strs[p->cmd + n - 1])
		n--;
	return n;
}

/* --cmdline: the last column, NULs between the arguments as blanks */
static void text_cmdline(const struct sock_row *r)
{
	const struct proc *p = program(r);

	if (!FEATURE_IDENTITY || !FLAG(O_CMDLINE))
		return;
	if (!p) {
		outs(" -");
		return;
	}
	outc(' ');
	out_escaped(strs + p->cmd, cmdline_len(p), 1);
}

/* the process of a row as JSON: with -p, and for the filters that ask */
static void json_program(const struct sock_row *r)
{
	const struct proc *p = program(r);
	const char *pid = p ? strs + p->dir : "null";

	if (!FLAG(O_PROGRAMS) && !(filter_kinds & INET_WANTS))
		return;
	while (*pid == '0' && pid[1])	/* a number as JSON writes it */
		pid++;
	outf(",\"pid\":%s,\"program\":%j", pid, p ? strs + p->name : 0);
	if (FEATURE_IDENTITY && FLAG(O_EXE))
		outf(",\"exe\":%j", p && p->exe != NO_EXE ? strs + p->exe : 0);
	if (!FEATURE_IDENTITY || !FLAG(O_CMDLINE))
		return;
	outs(",\"cmdline\":");
	if (p)
		json_string(strs + p->cmd, cmdline_len(p));
	else
		outs("null");
}

/* the uid of the socket file of a unix row: user= (-1: unknown) */
static uint32_t socket_owner(const struct sock_row *r)
{
	const struct imap *e = holder(r);

	return e ? e->uid : (uint32_t)-1;
}

/* pid= and cmd=: whether a process the filter names holds the socket */
static int held_by(const struct filter *f, const struct sock_row *r)
{
	const struct imap *e = holder(r);
	const struct proc *p;
	const char *s;

	for (; e && e < pmap + npmap && e->ino == r->inode; e++) {
		p = procs + e->val;
		if (f->kind == F_PID ? p->pid == f->id
		    : (s = strchr(proc_label(p), '/')) && !strncmp(s + 1, f->name, strlen(f->name)))
			return 1;
	}
	return 0;
}

/* ---- users ---- */

/* a line of /etc/passwd: its name, cut at the ':' in place, and its uid;
 * 0 if malformed */
static char *passwd_line(char *l, uint64_t *uid)
{
	char *pw, *e;

	if (!(pw = strchr(l, ':')) || !(e = strchr(pw + 1, ':'))
	    || !(e = (char *)scan_num(e + 1, 10, uid)) || *e != ':' || pw - l >= 256)
		return 0;
	*pw = 0;
	return l;
}

/* getpwuid(uid)->pw_name from /etc/passwd, remembered for the last
 * USER_CACHE uids asked for, so that rows of a few users read the file a
 * few times */
static const char *user_name(unsigned uid)
{
	static struct {
		unsigned uid;
		char known, name[256];
	} cache[USER_CACHE];
	static unsigned next;
	char *l, *name;
	uint64_t v;
	unsigned i;

	for (i = 0; i < next && i < USER_CACHE; i++)
		if (cache[i].uid == uid)
			return cache[i].known ? cache[i].name : 0;
	i = next++ % USER_CACHE;
	cache[i].uid = uid;
	cache[i].known = 0;
	name = cache[i].name;
	if (rd_open(&aux, "/etc/passwd") < 0)
		return 0;
	while ((l = rd_line(&aux)))
		if (passwd_line(l, &v) && v == uid) {
			strcpy(name, l);
			cache[i].known = 1;
			break;
		}
	rd_close(&aux);
	return cache[i].known ? name : 0;
}

/* getpwnam(name)->pw_uid: 0 if there is none */
static int user_id(const char *name, uint64_t *uid)
{
	char *l;
	int found = 0;

	if (rd_open(&aux, "/etc/passwd") < 0)
		return 0;
	while (!found && (l = rd_line(&aux)))
		found = passwd_line(l, uid) && !strcmp(l, name);
	rd_close(&aux);
	return found;
}

/* ---- services ---- */

/* /etc/services (tcp, udp, raw) then /etc/protocols (as raw), searched
 * from the end: net-tools keeps them in lists built by prepending.  The
 * protocol is the row kind K_TCP, K_UDP or K_RAW. */
static struct svc {
	uint16_t port, name;
	unsigned char proto;
} svc[SVC_MAX];
static char svc_names[32768];
static unsigned nsvc, svc_used;

static void add_service(const char *name, unsigned port, int proto)
{
	size_t n = strnlen(name, 63);

	if (nsvc == SVC_MAX || svc_used + n + 1 > sizeof(svc_names))
		return;
	svc[nsvc].port = port;
	svc[nsvc].proto = proto;
	svc[nsvc++].name = svc_used;
	memcpy(svc_names + svc_used, name, n);
	svc_names[svc_used + n] = 0;
	svc_used += n + 1;
}

static void load_services(void)
{
	static char loaded;
	char *l, *w[2], *e;
	uint64_t port;
	int i, p;

	for (i = 0; i < 2 && !loaded; i++) {
		if (rd_open(&aux, i ? "/etc/protocols" : "/etc/services") < 0)
			continue;
		while ((l = rd_line(&aux))) {
			if (words(l, w, 2) < 2 || !(e = (char *)scan_num(w[1], 10, &port)))
				continue;
			if (i) {
				if (!*e)
					add_service(w[0], port, K_RAW);
				continue;
			}
			if (*e++ != '/')
				continue;
			if ((p = list_index(kind_name, K_RAW + 1, e)) <= K_RAW)
				add_service(w[0], port, p);
		}
		rd_close(&aux);
	}
	loaded = 1;
}

static const char *service(unsigned port, int proto, char *buf)
{
	unsigned i;

	port &= 0xffff;
	if (!port)
		return "*";
	if (!FLAG(O_NUM_PORTS)) {
		load_services();
		for (i = nsvc; i--;)
			if (svc[i].port == port && svc[i].proto == proto)
				return svc_names + svc[i].name;
	}
	return utoa(buf + 7, port);
}

/* ---- hosts ---- */

/* the address as text, NUL-terminated: inet_ntop(AF_INET) */
static void fmt_ip4(char *p, const unsigned char *a)
{
	char b[4];
	int i;

	for (i = 0; i < 4; i++) {
		if (i)
			*p++ = '.';
		p = stpcpy(p, utoa(b + 3, a[i]));
	}
}

/* inet_ntop(AF_INET6) exactly as glibc writes it: the first longest run
 * of two or more zero words becomes "::", and ::a.b.c.d and
 * ::ffff:a.b.c.d keep their dotted quad; NUL-terminated. */
static void fmt_ip6(char *p, const unsigned char *a)
{
	unsigned w[8], i, k, best = 8, blen = 0, cur = 0, clen = 0;

	for (i = 0; i < 8; i++) {
		w[i] = a[2 * i] << 8 | a[2 * i + 1];
		if (w[i]) {
			clen = 0;
			continue;
		}
		if (!clen++)
			cur = i;
		if (clen > blen)
			best = cur, blen = clen;
	}
	if (blen < 2)
		best = 8, blen = 0;
	for (i = 0; i < 8; i++) {
		if (i >= best && i < best + blen) {
			if (i == best)
				*p++ = ':';
			continue;
		}
		if (i)
			*p++ = ':';
		if (i == 6 && best == 0 && (blen == 6 || (blen == 5 && w[5] == 0xffff))) {
			fmt_ip4(p, a + 12);
			return;
		}
		for (k = 12; k; k -= 4)	/* no leading zeros */
			if (w[i] >> k)
				*p++ = hex_digits[w[i] >> k & 15];
		*p++ = hex_digits[w[i] & 15];
	}
	if (blen && best + blen == 8)
		*p++ = ':';
	*p = 0;
}

/* glibc's files backend: the first line with this address names it; for
 * IPv4, "::ffff:a.b.c.d" and "::1" lines count as a.b.c.d and 127.0.0.1 */
static int hosts_lookup(const unsigned char *a, int v6, char *out)
{
	unsigned char b[16];
	char *l, *w[2];
	int k, found = 0;

	if (rd_open(&aux, "/etc/hosts") < 0)
		return 0;
	while (!found && (l = rd_line(&aux))) {
		if (words(l, w, 2) < 2)
			continue;
		if ((k = parse_ip(w[0], b)) != (v6 ? 16 : 4)) {
			if (v6 || !k)
				continue;
			if (is_mapped(b))
				memmove(b, b + 12, 4);
			else if (is_zero(b, 15) && b[15] == 1)
				memcpy(b, "\177\0\0\1", 4);
			else
				continue;
		}
		if (!memcmp(a, b, v6 ? 16 : 4))
			found = strlen(w[1]) < 256 && strcpy(out, w[1]);
	}
	rd_close(&aux);
	return found;
}

/* ---- DNS: a PTR query to the name servers of /etc/resolv.conf, after
 * glibc's defaults: 127.0.0.1 when none is named, 5 s timeout, 2 attempts */

#define DNS_HEADER 12
#define DNS_PORT 53
#define RR_PTR 12		/* the query and answer type */
#define CLASS_IN 1
#define DNS_QR 0x80		/* flags byte 2: a response */
#define DNS_RD 1		/* flags byte 2: recursion desired */
#define DNS_RCODE 15		/* flags byte 3: the error code */
#define RES_MAXRETRANS 30	/* glibc's limits on timeout: and attempts: */
#define RES_MAXRETRY 5

struct resolver {
	struct sockaddr_in6 ns[3];	/* or sockaddr_in */
	int n, timeout, attempts;
};

static int dns_label_ok(const unsigned char *s, int n)
{
	while (n--) {
		unsigned char c = *s++;
		if (!(c == '-' || c == '_' || is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z')))
			return 0;
	}
	return 1;
}

/* expands the (compressed) name at m[off], into out when out != 0;
 * returns the offset just past it in place, or -1 */
static int dns_name(const unsigned char *m, int len, int off, char *out)
{
	int end = -1, hops = 0, n = 0;

	while (off < len) {
		int l = m[off];
		if ((l & 0xc0) == 0xc0) {
			if (off + 1 >= len || ++hops > 32)
				return -1;
			if (end < 0)
				end = off + 2;
			off = (l & 0x3f) << 8 | m[off + 1];
			continue;
		}
		if (!l) {
			if (out)
				out[n ? n - 1 : 0] = 0;
			return end < 0 ? off + 1 : end;
		}
		if (l > 63 || off + 1 + l > len || n + l + 1 > 254)
			return -1;
		if (out) {
			if (!dns_label_ok(m + off + 1, l))
				return -1;
			memcpy(out + n, m + off + 1, l);
			out[n + l] = '.';
		}
		n += l + 1;
		off += l + 1;
	}
	return -1;
}

/* the first PTR answer of a response, into out */
static int dns_answer(const unsigned char *m, int len, char *out)
{
	int off = DNS_HEADER, qd = m[4] << 8 | m[5], an = m[6] << 8 | m[7];

	if ((m[3] & DNS_RCODE) || !(m[2] & DNS_QR))
		return 0;
	while (qd-- && off >= 0)
		if ((off = dns_name(m, len, off, 0)) >= 0)
			off += 4;	/* type, class */
	while (an-- && off >= 0 && (off = dns_name(m, len, off, 0)) >= 0 && off + 10 <= len) {
		int type = m[off] << 8 | m[off + 1], rdlen = m[off + 8] << 8 | m[off + 9];
		off += 10;	/* type, class, ttl, rdlength */
		if (type == RR_PTR)
			return dns_name(m, len, off, out) > 0 && *out;
		off += rdlen;
	}
	return 0;
}

/* the PTR query for a (4.3.2.1.in-addr.arpa or the nibbles of ip6.arpa);
 * returns its length */
static int dns_query(unsigned char *q, const unsigned char *a, int v6)
{
	int n = DNS_HEADER, i, k;
	char b[4];

	memset(q, 0, DNS_HEADER);
	q[0] = getpid() >> 8, q[1] = getpid() ^ a[v6 ? 15 : 3];	/* the id */
	q[2] = DNS_RD, q[5] = 1;	/* one question */
	if (v6 && (is_mapped(a) || (is_zero(a, 12) && !(is_zero(a + 12, 3) && a[15] == 1))))
		a += 12, v6 = 0;
	if (v6) {
		for (i = 16; i--;)
			for (k = 0; k < 2; k++) {
				q[n++] = 1;
				q[n++] = hex_digits[k ? a[i] >> 4 : a[i] & 15];
			}
		memcpy(q + n, "\3ip6\4arpa", 10);
		n += 10;
	} else {
		for (i = 4; i--;) {
			char *s = utoa(b + 3, a[i]);
			q[n] = strlen(s);
			memcpy(q + n + 1, s, q[n]);
			n += q[n] + 1;
		}
		memcpy(q + n, "\7in-addr\4arpa", 14);
		n += 14;
	}
	q[n++] = 0, q[n++] = RR_PTR;
	q[n++] = 0, q[n++] = CLASS_IN;
	return n;
}

/* nameserver, options timeout: and attempts: of /etc/resolv.conf */
static void read_resolv_conf(struct resolver *r)
{
	char *l, *w[2];
	uint64_t v;
	int k;

	memset(r, 0, sizeof(*r));
	r->timeout = 5, r->attempts = 2;
	if (rd_open(&aux, "/etc/resolv.conf") >= 0) {
		while ((l = rd_line(&aux))) {
			if (words(l, w, 2) < 2)
				continue;
			if (!strcmp(w[0], "nameserver") && r->n < 3) {
				struct sockaddr_in *s4 = (void *)&r->ns[r->n];
				unsigned char a[16];
				if ((k = parse_ip(w[1], a)) == 4)
					memcpy(&s4->sin_addr, a, 4), s4->sin_family = AF_INET, r->n++;
				else if (k)
					memcpy(&r->ns[r->n].sin6_addr, a, 16), r->ns[r->n++].sin6_family = AF_INET6;
			} else if (!strcmp(w[0], "options")) {
				if (!strncmp(w[1], "timeout:", 8) && scan_num(w[1] + 8, 10, &v))
					r->timeout = v > RES_MAXRETRANS ? RES_MAXRETRANS : v < 1 ? 1 : v;
				if (!strncmp(w[1], "attempts:", 9) && scan_num(w[1] + 9, 10, &v))
					r->attempts = v > RES_MAXRETRY ? RES_MAXRETRY : v < 1 ? 1 : v;
			}
		}
		rd_close(&aux);
	}
	if (!r->n) {
		struct sockaddr_in *s4 = (void *)&r->ns[0];
		s4->sin_family = AF_INET;
		s4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		r->n = 1;
	}
}

/* one query to one server: the length of its answer, or 0 */
static int dns_ask(struct sockaddr_in6 *ns, int timeout, const unsigned char *q, int n,
		   unsigned char *r, int size)
{
	struct pollfd p = { .events = POLLIN };
	int len = 0;

	ns->sin6_port = htons(DNS_PORT);
	if ((p.fd = socket(ns->sin6_family, SOCK_DGRAM, 0)) < 0)
		return 0;
	if (!connect(p.fd, (void *)ns, sizeof(*ns)) && send(p.fd, q, n, 0) == n)
		while (poll(&p, 1, timeout * 1000) == 1
		       && (len = recv(p.fd, r, size, 0)) >= 0
		       && (len < DNS_HEADER || memcmp(r, q, 2)))	/* not our id */
			len = 0;
	close(p.fd);
	return len;
}

static int dns_lookup(const unsigned char *a, int v6, char *out)
{
	unsigned char q[300], r[512];
	struct resolver rs;
	int n, i, try, len;

	if (!FEATURE_DNS)
		return 0;
	n = dns_query(q, a, v6);
	read_resolv_conf(&rs);
	for (try = 0; try < rs.attempts; try++)
		for (i = 0; i < rs.n; i++)
			if ((len = dns_ask(&rs.ns[i], rs.timeout, q, n, r, sizeof(r))) >= DNS_HEADER)
				return dns_answer(r, len, out);
	return 0;
}

/* net-tools: "0.0.0.0" and "[::]" for the wildcard, otherwise the name of
 * the first source that knows the address, else the number.  The cache
 * keeps a name per address, as net-tools' own cache does for IPv4. */
static struct hname {
	unsigned char a[16], v6, used;
	char name[256];
} hcache[HOST_CACHE];
static unsigned hnext;

/* the address as a number; an IPv4-mapped one as its IPv4 part */
static char *numeric_host(const unsigned char *a, int v6, char *num)
{
	v6 ? fmt_ip6(num, a) : fmt_ip4(num, a);
	return v6 && is_mapped(a) ? strrchr(num, ':') + 1 : num;
}

static const char *host_name(const unsigned char *a, int v6, char *num)
{
	struct hname *h;
	unsigned i, n = v6 ? 16 : 4;
	char *s;

	numeric_host(a, v6, num);
	if (!FLAG(O_NUM_HOSTS) && is_zero(a, n))
		return v6 ? "[::]" : num;
	s = num;
	/* net-tools looks 0.x.y.z up as a network, in /etc/networks; that never
	 * names a socket address, so it stays a number */
	if (!FLAG(O_NUM_HOSTS) && (v6 || a[0])) {
		for (i = 0, h = 0; i < HOST_CACHE; i++)
			if (hcache[i].used && hcache[i].v6 == v6 && !memcmp(hcache[i].a, a, n))
				h = &hcache[i];
		if (!h) {
			h = &hcache[hnext++ % HOST_CACHE];
			memcpy(h->a, a, n);
			h->v6 = v6;
			h->used = 1;
			if (!hosts_lookup(a, v6, h->name) && !dns_lookup(a, v6, h->name))
				strcpy(h->name, num);
		}
		s = h->name;
	}
	/* an IPv4-mapped address prints as its IPv4 part */
	if (v6 && is_mapped(a)) {
		char *dot = strchr(s, '.'), *c = dot;
		while (c && c > s && *c != ':')
			c--;
		if (c && *c == ':')
			return c + 1;
	}
	return s;
}

/* ==== modes ==== */

/* ---- -r: routing tables ----
 *
 * net-tools' route_info() for each family of afname.  IPv4 reads
 * /proc/net/route through the column map its header gives (proc_gen_fmt),
 * IPv6 reads /proc/net/ipv6_route with a fixed layout; both as sscanf reads
 * them, so that what a short or broken line leaves unread keeps the value
 * of the line before, exactly as net-tools' variables do. */

#ifndef RTF_EXPIRES		/* <linux/ipv6_route.h>, not in every libc */
#define RTF_EXPIRES 0x00400000
#endif
#define RTF_NOTCACHED 0x0400	/* net-tools' name for it, since Linux 2.0.36 */

/* net-tools' layouts, by how many -e were given: RT_SHORT for one, RT_LONG
 * for two, RT_DEFAULT for none (its flag_exp, swapped and masked) */
enum { RT_NONE, RT_SHORT, RT_DEFAULT, RT_LONG };

/* one sscanf conversion per byte: 1..127 "%Ns"; R_NUM | w "%0wx" (w = 0:
 * "%X"); R_NUM | R_DEC "%d"; R_SKIP "%*s" */
enum { R_NUM = 0x80, R_DEC = 0x40, R_SKIP = 0xff };
#define R_STR(n) (n)

static struct rcol {
	char s[16];		/* a string, cut to 15 bytes */
	uint32_t v;		/* a number, as sscanf stores it in an int */
} rcol[32];
static char rt_looked;		/* a name was looked up (see rt_cache4) */

/* the columns of /proc/net/route, in the order rt_layout4() finds them */
enum { RT_IFACE, RT_DST, RT_GW, RT_FLAGS, RT_REF, RT_USE, RT_METRIC, RT_MASK,
       RT_MSS, RT_WINDOW, RT_IRTT, RT_COLUMNS };

/* route flags as net-tools writes them, in its order */
struct rt_flag {
	unsigned char bit;
	char letter;
};
#define BIT(mask) __builtin_ctz(mask)
static const struct rt_flag rt4_flags[] = {
	{ BIT(RTF_UP), 'U' }, { BIT(RTF_GATEWAY), 'G' }, { BIT(RTF_REJECT), '!' },
	{ BIT(RTF_HOST), 'H' }, { BIT(RTF_REINSTATE), 'R' }, { BIT(RTF_DYNAMIC), 'D' },
	{ BIT(RTF_MODIFIED), 'M' }, { BIT(RTF_DEFAULT), 'd' }, { BIT(RTF_ALLONLINK), 'a' },
	{ BIT(RTF_ADDRCONF), 'c' }, { BIT(RTF_NONEXTHOP), 'o' }, { BIT(RTF_EXPIRES), 'e' },
	{ BIT(RTF_CACHE), 'c' }, { BIT(RTF_FLOW), 'f' }, { BIT(RTF_POLICY), 'p' },
	{ BIT(RTF_LOCAL), 'l' }, { BIT(RTF_MTU), 'u' }, { BIT(RTF_WINDOW), 'w' },
	{ BIT(RTF_IRTT), 'i' }, { BIT(RTF_NOTCACHED), 'n' }, { 0, 0 }
}, rt6_flags[] = {
	{ BIT(RTF_UP), 'U' }, { BIT(RTF_REJECT), '!' }, { BIT(RTF_GATEWAY), 'G' },
	{ BIT(RTF_HOST), 'H' }, { BIT(RTF_DEFAULT), 'D' }, { BIT(RTF_ADDRCONF), 'A' },
	{ BIT(RTF_CACHE), 'C' }, { BIT(RTF_ALLONLINK), 'a' }, { BIT(RTF_EXPIRES), 'e' },
	{ BIT(RTF_MODIFIED), 'm' }, { BIT(RTF_NONEXTHOP), 'n' }, { BIT(RTF_FLOW), 'f' },
	{ 0, 0 }
};

/* sscanf's %d / %x: strtol / strtoul's clamping, then cut to 32 bits;
 * a width counts the sign and "0x" too */
static const char *rt_num(const char *p, unsigned c, uint32_t *out)
{
	unsigned w = c & 63 ? c & 63 : ~0u, base = c & R_DEC ? 10 : 16;
	uint64_t x = 0;
	int neg = 0, any = 0, ovf = 0, d;

	if (*p == '-' || *p == '+')
		neg = *p++ == '-', w--;
	if (base == 16 && *p == '0' && (p[1] | 32) == 'x' && w >= 2)
		p += 2, w -= 2, any = 1;
	for (; w && (d = hexval(*p)) >= 0 && d < (int)base; p++, w--, any = 1) {
		ovf |= x > (~0ULL - d) / base;
		x = x * base + d;
	}
	if (!any)
		return 0;
	if (ovf || (base == 10 && x >> 63))
		*out = neg && base == 10 ? 0 : ~0u;
	else
		*out = neg ? -x : x;
	return p;
}

/* sscanf(p, fmt) into rcol[]; returns the number of conversions */
static unsigned rt_scan(const char *p, const unsigned char *fmt)
{
	unsigned c, k, n = 0;

	for (; (c = *fmt); fmt++) {
		p = skip_blanks(p);
		if (!*p)
			break;
		if (c == R_SKIP) {
			while (*p && !is_blank(*p))
				p++;
			continue;
		}
		if (c < R_NUM) {
			for (k = 0; k < c && p[k] && !is_blank(p[k]); k++)
				;
			memcpy(rcol[n].s, p, k < 15 ? k : 15);
			rcol[n].s[k < 15 ? k : 15] = 0;
			p += k;
		} else if (!(p = rt_num(p, c, &rcol[n].v)))
			break;
		n++;
	}
	return n;
}

/* opens /proc/net/<rel>; on failure net-tools' perror and "<family> not
 * configured..." */
static int rt_open(const char *rel, const char *family)
{
	if (proc_open("net/", rel) >= 0)
		return 0;
	report_error("/proc/net/", rel, errno);
	outs(family);
	outs(" not configured in this system.\n");
	return 1;
}

/* fgets(buf, size) of the open table, into buf (the header parser
 * writes past the line's end) */
static char *rt_line(char *buf, int size)
{
	char *l;

	tab.max = size - 1;
	return (l = rd_line(&tab)) ? strcpy(buf, l) : 0;
}

/* the letters of the flags set in bits; on IPv4 '!' (reject) replaces
 * what came before it */
static void rt_flags(char *f, uint32_t bits, const struct rt_flag *t, int v4)
{
	char *p = f;

	for (*p = 0; t->letter; t++)
		if (bits >> t->bit & 1) {
			if (t->letter == '!' && v4)
				p = f;
			*p++ = t->letter;
			*p = 0;
		}
	if (!*f && JSON)
		strcpy(f, "-");	/* a column, not a blank: null */
}

/* glibc's inet_network() on an /etc/networks number that its files
 * backend has padded with ".0" parts to four */
static uint32_t rt_inet_network(const char *s)
{
	uint32_t v = 0, part, base;
	int n = 0, digit, d;

	for (;;) {
		part = 0, base = 10, digit = 0;
		if (*s == '0')
			digit = 1, base = 8, s++;
		if ((*s | 32) == 'x')
			digit = 0, base = 16, s++;
		for (; (d = hexval(*s)) >= 0 && (d < 10 || base == 16); s++, digit = 1) {
			if (d >= (int)base)
				return ~0u;
			part = part * base + d;
		}
		if (!digit || n == 4 || part > 255)
			return ~0u;
		v = v << 8 | part;
		n++;
		if (*s != '.')
			break;
		s++;
	}
	return *s ? ~0u : v << 8 * (4 - n);
}

/* getnetbyaddr(net, AF_INET) from /etc/networks: the first "name number" */
static int rt_network(uint32_t net, char *out)
{
	char *l, *w[2];
	int n, found = 0;

	if (rd_open(&aux, "/etc/networks") < 0)
		return 0;
	while (!found && (l = rd_line(&aux)))
		if ((n = words(l, w, 2)) && rt_inet_network(n > 1 ? w[1] : "") == net
		    && strlen(w[0]) < 256)
			found = !!strcpy(out, w[0]);
	rd_close(&aux);
	return found;
}

/* net-tools' INET_rresolve for a route: "default" for 0.0.0.0/0, a host's
 * name for a host or a gateway, a network's name for a network, else the
 * number; cut to 15 columns as net-tools cuts it */
static void rt_name4(char *out, uint32_t ad, uint32_t mask, int host)
{
	unsigned char a[16] = { 0 };	/* dns_lookup reads a[15] */
	char num[16], name[256];
	const char *s = num;
	size_t n;

	memcpy(a, &ad, 4);
	fmt_ip4(num, a);
	if (!FLAG(O_NUM_HOSTS) && !ad && !mask)
		s = "default";
	else if (!FLAG(O_NUM_HOSTS) && ad) {
		rt_looked = 1;
		if (host || ad & ~mask)
			s = a[0] ? host_name(a, 0, num)
			    : hosts_lookup(a, 0, name) || dns_lookup(a, 0, name) ? name : num;
		else if (rt_network((uint32_t)a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3], name))
			s = name;
	}
	n = strnlen(s, 15);
	memcpy(out, s, n);
	out[n] = 0;
}

/* the column line for a layout, without its end */
static void rt_columns(const char *first, int layout)
{
	outs(first);
	if (layout == RT_DEFAULT)
		outs("Flags   MSS Window  irtt Iface");
	else if (layout)
		outs("Flags Metric Ref    Use Iface");
	if (layout == RT_LONG)
		outs("    MSS   Window irtt");
}

/* proc_gen_fmt(): the header line of /proc/net/route names the columns;
 * each title of titles found in turn takes its conversion, any other word
 * is skipped.  0, or net-tools' warning and 1. */
static int rt_layout4(char *h, unsigned char *fmt)
{
	static const char titles[] = "Iface\0Destination\0Gateway\0Flags\0RefCnt\0"
		"Use\0Metric\0Mask\0MTU\0Window\0IRTT";
	static const unsigned char conv[RT_COLUMNS] = {
		R_STR(15), R_STR(127), R_STR(127), R_NUM, R_NUM | R_DEC, R_NUM | R_DEC,
		R_NUM | R_DEC, R_STR(127), R_NUM | R_DEC, R_NUM | R_DEC, R_NUM | R_DEC
	};
	const char *t = titles;
	char *head;
	unsigned k = 0, len = 0, i = 0, w, m;

	for (strcat(h, " "); h; len++) {
		while (is_blank(*h) || *h == '|')
			h++;
		head = h;
		while (*h && !strchr("| \t\n", *h))
			h++;
		h = *h ? (*h = 0, h + 1) : 0;
		m = !strcmp(t, head);
		/* the length of the format net-tools builds: "%15s " is 4... */
		w = !m ? 3 : conv[i] == 127 ? 5 : conv[i] == 15 ? 4 : 2;
		if (len + w + 1 >= 512) {
			err("warning: format buffer overflow in /proc/net/route\n");
			return 1;
		}
		len += w;
		fmt[k++] = m ? conv[i] : R_SKIP;
		if (m) {
			t += strlen(t) + 1;
			if (++i == RT_COLUMNS)
				break;
		}
	}
	fmt[k] = 0;
	if (i < RT_COLUMNS) {
		errs("warning: /proc/net/route does not contain required field ", t, "\n");
		return 1;
	}
	return 0;
}

/* one route in net-tools' formats for the layout, which all begin with
 * "%-15s %-15s %-15s %-5s " (a reject route: "%-15s -               %-15s
 * %-5s ", which is the same with "-" for the gateway) */
static void rt_print4(int layout, const char *dst, const char *gw, const char *mask,
		      const char *fl, int rej)
{
	int metric = rcol[RT_METRIC].v, ref = rcol[RT_REF].v, use = rcol[RT_USE].v;
	int mss = rcol[RT_MSS].v, window = rcol[RT_WINDOW].v, irtt = rcol[RT_IRTT].v;
	const char *iface = rcol[RT_IFACE].s;

	if (!layout)
		return;
	outf("%-15s %-15s %-15s %-5s ", dst, rej ? "-" : gw, mask, fl);
	if (layout == RT_DEFAULT)
		outf(rej ? "    - -          - -\n" : "%5d %-5d %6d %s\n", mss, window, irtt, iface);
	else if (rej) {
		outf("%-6d -  %7d -", metric, use);
		outs(layout == RT_SHORT ? "\n" : "        -     -      -\n");
	}
	else if (layout == RT_SHORT)
		outf("%-6d %-2d %7d %s\n", metric, ref, use, iface);
	else
		outf("%-6d %-3d %6d %-6.6s   %-5d %-6d %d\n", metric, ref, use, iface, mss, window, irtt);
}

/* INET_getsock: eight hex digits, else the address stays as it was */
static void rt_addr4(uint32_t *a, const char *s)
{
	uint32_t v = 0;
	int j;

	for (j = 0; j < 8 && hexval(s[j]) >= 0; j++)
		v = v << 4 | hexval(s[j]);
	if (j == 8)
		*a = v;
}

/* /proc/net/route: "Iface Destination Gateway Flags RefCnt Use Metric Mask
 * MTU Window IRTT", each found by its title in the header */
static int rt_fib4(int layout)
{
	static uint32_t dst, gw, mask;	/* kept when unreadable */
	char buf[1024], *h, dname[16], gname[16], mname[16], fl[64];
	unsigned char fmt[160];
	int rc = 1;

	if (rt_open("route", "INET (IPv4)"))
		return 1;
	outs("Kernel IP routing table\n");
	if (layout) {
		rt_columns("Destination     Gateway         Genmask         ", layout);
		outc('\n');
	}
	if (!(h = rt_line(buf, 511)) || rt_layout4(h, fmt))
		goto out;
	rcol[RT_IRTT].v = 0;
	while (rt_line(buf, 1023)) {
		if (rt_scan(buf, fmt) < 10 || !(rcol[RT_FLAGS].v & RTF_UP))
			continue;
		rt_addr4(&dst, rcol[RT_DST].s);
		rt_addr4(&gw, rcol[RT_GW].s);
		rt_addr4(&mask, rcol[RT_MASK].s);
		rt_name4(dname, dst, mask, rcol[RT_FLAGS].v & RTF_HOST);
		rt_name4(gname, gw, ~0u, 1);
		fmt_ip4(mname, (unsigned char *)&mask);
		rt_flags(fl, rcol[RT_FLAGS].v, rt4_flags, 1);
		rt_print4(layout, dname, gname, mname, fl, rcol[RT_FLAGS].v & RTF_REJECT);
	}
	rc = 0;
out:
	rd_close(&tab);
	return rc;
}

/* /proc/net/rt_cache: kernels since 3.6 print only its header, which
 * net-tools reads to guess the layout; we take the layout of 2.2 to 3.5,
 * the one that header names, and print net-tools' headers for it */
static int rt_cache4(int layout)
{
	char buf[512];

	if (rt_open("rt_cache", "INET (IPv4)"))
		return 1;
	/* errno when the file is empty: ENOENT from net-tools' start, 0 after
	 * its first name lookup */
	errno = rt_looked ? 0 : ENOENT;
	outs("Kernel IP routing cache\n");
	if (!rt_line(buf, 511)) {
		report_error("/proc/net/rt_cache", 0, errno);
		flush();
		exit(255);
	}
	rd_close(&tab);
	if (layout) {
		rt_columns("Source          Destination     Gateway         ", layout);
		if (layout == RT_LONG)
			outs("  TOS HHRef HHUptod     SpecDst");
		outc('\n');
	}
	return 0;
}

/* /proc/net/ipv6_route: "dst plen src plen nexthop metric refcnt use flags
 * iface", addresses as 32 hex digits in network order, read as net-tools
 * reads them: eight %4s groups joined by ':' for inet_pton */
enum { R6_DST = 0, R6_PLEN = 8, R6_NEXTHOP = 18, R6_METRIC = 26, R6_REF, R6_USE,
       R6_FLAGS, R6_IFACE };
static int rt_fib6(int cache)
{
#define R6_ADDR R_STR(4), R_STR(4), R_STR(4), R_STR(4), R_STR(4), R_STR(4), R_STR(4), R_STR(4)
	static const unsigned char fmt[] = {	/* "%4s" x 8 "%02x" ... "%08x" "%15s" */
		R6_ADDR, R_NUM | 2, R6_ADDR, R_NUM | 2, R6_ADDR,
		R_NUM | 8, R_NUM | 8, R_NUM | 8, R_NUM | 8, R_STR(15), 0
	};
	static unsigned char addr[2][16];	/* kept when unreadable */
	char buf[1024], s[80], dst[300], nh[256], fl[16], num[64], *p;
	unsigned char a[16];
	int i, k;

	if (rt_open("ipv6_route", "INET6 (IPv6)"))
		return 1;
	outs(cache ? "Kernel IPv6 routing cache\n" : "Kernel IPv6 routing table\n");
	outs("Destination                    Next Hop                   Flag Met Ref  Use If\n");
	while (rt_line(buf, 1023)) {
		rt_scan(buf, fmt);	/* net-tools checks nothing */
		if (!(rcol[R6_FLAGS].v & RTF_CACHE) != !cache)
			continue;
		for (i = 0; i < 2; i++) {
			for (p = s, k = 0; k < 8; k++) {
				if (k)
					*p++ = ':';
				p = stpcpy(p, rcol[(i ? R6_NEXTHOP : R6_DST) + k].s);
			}
			if (parse_ip(s, a) == 16)
				memcpy(addr[i], a, 16);
			rt_looked |= !FLAG(O_NUM_HOSTS) && !is_zero(addr[i], 16);
		}
		p = stpcpy(dst, host_name(addr[0], 1, num));
		*p++ = '/';
		strcpy(p, itoa(num + 15, (int32_t)rcol[R6_PLEN].v));
		strcpy(nh, host_name(addr[1], 1, num));
		rt_flags(fl, rcol[R6_FLAGS].v, rt6_flags, 0);
		outf("%-30s %-26s %-4s %-3d %-1d %6d %s\n", dst, nh, fl, (int)rcol[R6_METRIC].v,
		     (int)rcol[R6_REF].v, (int)rcol[R6_USE].v, rcol[R6_IFACE].s);
	}
	rd_close(&tab);
	return 0;
}

/* AX.25, NET/ROM, ROSE, IPX, AppleTalk, X.25: net-tools' words when the
 * kernel has no such table (no module loaded); we print none of the tables */
static int rt_other(int fam, const char *name)
{
	/* two files each, either will do (netrom: both are needed) */
	static const char files[] =	/* FAM_IPX .. FAM_DDP */
		"ipx/route\0ipx_route\0" "ax25_route\0\0" "nr_nodes\0nr_neigh\0"
		"x25/route\0x25_routes\0" "rose_nodes\0\0" "atalk_route\0";
	static const char who[] = "\0AX.25\0NET/ROM\0X.25\0ROSE";
	const char *file[2];
	char msg[40];
	int i = fam - FAM_IPX, j, found[2];

	for (j = 0; j < 2; j++) {
		file[j] = nth(files, 2 * i + j);
		found[j] = *file[j] && proc_exists(file[j]);
	}
	strcat(strcpy(msg, "-r -A "), name);
	if (!FEATURE_ROUTE_OLDAF || (fam == FAM_NETROM ? found[0] && found[1] : found[0] || found[1]))
		return not_built(msg);
	for (j = 0; j < 2; j++)
		if (!found[j] && (j ? fam == FAM_NETROM : fam != FAM_X25)) {
			report_error(fam == FAM_IPX ? 0 : fam == FAM_DDP ? "Error opening /proc/net/"
				     : "/proc/net/", file[j], errno);
			/* glibc's perror() fails to fdopen(2, "w+") unless stderr
			 * is open for reading too, and leaves errno EINVAL */
			if ((syscall(SYS_fcntl, 2, F_GETFL) & O_ACCMODE) != O_RDWR)
				errno = EINVAL;
		}
	if (fam == FAM_IPX)
		outs("IPX routing not in file /proc/net/ipx/route or /proc/net/ipx_route found.\n");
	else if (fam == FAM_DDP)
		err("DDP (AppleTalk) not configured on this system.\n");
	else if (fam == FAM_ROSE)
		errs(nth(who, i), " not configured in this system.\n", 0);
	else
		outs(nth(who, i)), outs(" not configured in this system.\n");
	return 1;
}

static int routes(void)
{
	char list[sizeof(afname)], *name, *next;
	unsigned e = 1 + count[C_EXTEND];	/* net-tools' flag_exp */
	int layout = e == 1 ? RT_DEFAULT : e == 2 ? RT_SHORT : e & 3;
	int fib = FLAG(O_FIB) || !FLAG(O_CACHE), rc = 0, i;

	if (!FEATURE_ROUTE)
		return not_built("-r");
	if (FLAG(O_SYMBOLIC))
		flags |= 1u << O_NUM_HOSTS;	/* -N: net-tools' FLAG_SYM, numeric here */
	strcpy(list, *afname ? afname : "inet");
	for (name = list; !rc && name; name = next) {
		if ((next = strchr(name, ',')))
			*next++ = 0;
		i = list_index(af_name, FAM_N, name);
		if (i == FAM_I4 || i == FAM_I6) {
			if (fib)
				rc = i ? rt_fib6(0) : rt_fib4(layout);
			if (!rc && FLAG(O_CACHE))
				rc = i ? rt_fib6(1) : rt_cache4(layout);
		} else if (i >= FAM_IPX && i <= FAM_DDP)
			rc = rt_other(i, name);
		else {
			if (i == FAM_BT)
				errs("Address family `", name, "' not supported.\n");
			else
				errs("No routing for address family `", name, "'.\n");
			rc = 3;
		}
	}
	return rc;
}

/* ---- -i: the interface table ----
 *
 * /proc/net/dev names the interfaces and counts, in the order of its
 * newest layout (DEV_*).  The rest comes from the running kernel through
 * the read-only SIOCGIF* ioctls net-tools makes, in its order and on one
 * ifreq (a request sees what the one before left there, as it does in
 * net-tools). */

enum {
	DEV_RX_BYTES, DEV_RX_PACKETS, DEV_RX_ERRS, DEV_RX_DROP, DEV_RX_FIFO, DEV_RX_FRAME,
	DEV_RX_COMPRESSED, DEV_RX_MULTICAST, DEV_TX_BYTES, DEV_TX_PACKETS, DEV_TX_ERRS,
	DEV_TX_DROP, DEV_TX_FIFO, DEV_TX_COLLS, DEV_TX_CARRIER, DEV_TX_COMPRESSED, DEV_N
};

static struct ifent {
	char name[IFNAMSIZ], counted;
	uint64_t st[DEV_N];
} ifs[IF_MAX];
static uint16_t ifo[IF_MAX];	/* indexes into ifs, in net-tools' order */
static unsigned nif;

/* the requests, in net-tools' order */
enum { Q_FLAGS, Q_HW, Q_MTU, Q_MAP, Q_QLEN, Q_ADDR, Q_DST, Q_BRD, Q_MASK, Q_N };

static int stem_len(const char *s, int n)	/* s[0..n) less its last digits */
{
	while (n && is_digit(s[n - 1]))
		n--;
	return n;
}

static int num_cmp(const char *a, const char *b)	/* atoi(), or -1 */
{
	uint64_t x = -1, y = -1;

	if (a)
		scan_num(a, 10, &x);
	if (b)
		scan_num(b, 10, &y);
	return ((int)x > (int)y) - ((int)x < (int)y);
}

static int lex_cmp(const char *a, int m, const char *b, int n)
{
	int r = memcmp(a, b, m < n ? m : n);

	return r ? r : m - n;
}

/* net-tools' nstrcmp: "eth0:12" has the stem "eth", the number 0 and the
 * alias 12; compare stems, numbers, names without alias, then aliases */
static int if_cmp(const char *a, const char *b)
{
	const char *s[2] = { a, b }, *al[2];
	int base[2], stem[2], i, n, r;

	for (i = 0; i < 2; i++) {
		n = strlen(s[i]);
		r = stem_len(s[i], n);
		al[i] = 0;
		if (r && r < n && s[i][r - 1] == ':')
			al[i] = s[i] + r, n = r - 1;
		base[i] = n;
		stem[i] = stem_len(s[i], n);
	}
	if ((r = lex_cmp(a, stem[0], b, stem[1])) || (r = num_cmp(a + stem[0], b + stem[1]))
	    || (r = lex_cmp(a, base[0], b, base[1])) || (r = num_cmp(al[0], al[1])))
		return r;
	return al[0] && al[1] ? strcmp(al[0], al[1]) : 0;
}

/* the entry for name, inserted as net-tools inserts: searching from the end */
static struct ifent *if_add(const char *name)
{
	unsigned i = nif;
	int c = 1;
	struct ifent *e;

	while (i && (c = if_cmp(ifs[ifo[i - 1]].name, name)) > 0)
		i--;
	if (!c)
		return &ifs[ifo[i - 1]];
	if (nif == IF_MAX)
		return 0;
	memmove(ifo + i + 1, ifo + i, (nif - i) * sizeof(*ifo));
	ifo[i] = nif;
	e = memset(&ifs[nif++], 0, sizeof(*e));
	strcpy(e->name, name);
	return e;
}

/* "  eth0: 12 ..." or an alias "eth0:1: 12 ...": at most 15 bytes */
static const char *get_name(char *name, const char *p)
{
	char *d = name, *end = name + IFNAMSIZ - 1;
	const char *c;

	p = skip_blanks(p);
	while (*p && !is_blank(*p) && d < end) {
		if (*p == ':') {
			for (c = p + 1; is_digit(*c); c++)
				;
			if (*c == ':')
				for (*d++ = *p++; is_digit(*p) && d < end;)
					*d++ = *p++;
			p += *p == ':';
			break;
		}
		*d++ = *p++;
	}
	*d = 0;
	return p;
}

static void read_dev(void)
{
	/* the counters of the three layouts, in the slots of the newest */
	static const unsigned char layout[3][DEV_N + 1] = {
		{ DEV_RX_PACKETS, DEV_RX_ERRS, DEV_RX_DROP, DEV_RX_FIFO, DEV_RX_FRAME,
		  DEV_TX_PACKETS, DEV_TX_ERRS, DEV_TX_DROP, DEV_TX_FIFO, DEV_TX_COLLS,
		  DEV_TX_CARRIER, DEV_N },
		{ DEV_RX_BYTES, DEV_RX_PACKETS, DEV_RX_ERRS, DEV_RX_DROP, DEV_RX_FIFO,
		  DEV_RX_FRAME, DEV_TX_BYTES, DEV_TX_PACKETS, DEV_TX_ERRS, DEV_TX_DROP,
		  DEV_TX_FIFO, DEV_TX_COLLS, DEV_TX_CARRIER, DEV_N },
		{ DEV_RX_BYTES, DEV_RX_PACKETS, DEV_RX_ERRS, DEV_RX_DROP, DEV_RX_FIFO,
		  DEV_RX_FRAME, DEV_RX_COMPRESSED, DEV_RX_MULTICAST, DEV_TX_BYTES,
		  DEV_TX_PACKETS, DEV_TX_ERRS, DEV_TX_DROP, DEV_TX_FIFO, DEV_TX_COLLS,
		  DEV_TX_CARRIER, DEV_TX_COMPRESSED, DEV_N },
	};
	char name[IFNAMSIZ], *l;
	const char *p;
	const unsigned char *m;
	struct ifent *e;
	uint64_t x;
	int v = 0, lnr = 0;

	if (proc_open("net/", "dev") < 0) {
		errs("Warning: cannot open /proc/net/dev (", error_text(errno), "). Limited output.\n");
		return;
	}
	errno = 0;
	while ((l = rd_line(&tab))) {
		if (lnr++ < 2) {	/* the layout, from the second line */
			v = contains(l, "compressed") ? 2 : contains(l, "bytes");
			continue;
		}
		p = get_name(name, l);
		if (!(e = if_add(name)))
			continue;
		/* a field that does not parse keeps what a line before left */
		for (m = layout[v]; *m < DEV_N && (p = scan_num(p, 10, &x)); m++)
			e->st[*m] = x;
		e->st[DEV_RX_MULTICAST] *= v > 1;
		if (!v)
			e->st[DEV_RX_BYTES] = e->st[DEV_TX_BYTES] = 0;
		e->counted = 1;
	}
	if (errno)		/* a read error: net-tools' ferror() */
		report_error("/proc/net/dev", 0, errno);
	rd_close(&tab);
}

/* Tables of flag names: X(mask, "NAME") rows make an array of bits and a
 * list of names in the same order. */
#define FLAG_BIT(mask, name) BIT(mask),
#define FLAG_NAME(mask, name) name "\0"

/* net-tools' "<UP,RUNNING>": the names of the bits set in v, in the order
 * of bit[]; with no name "<" for a v of 0, else nothing */
static void flag_list(unsigned v, const unsigned char *bit, const char *name, int n)
{
	char b[160], *p = b;

	*p++ = '<';
	for (; n--; bit++, name += strlen(name) + 1)
		if (v >> *bit & 1)
			p = stpcpy(stpcpy(p, name), ",");
	if (p[-1] == ',')
		p[-1] = '>';
	else if (v)
		p--;
	*p = 0;
	outs(b);
}

static void if_short(const struct ifent *e, const struct ifreq *q, unsigned ok)
{
	static const struct rt_flag letters[] = {	/* ife_print_short's order */
		{ BIT(IFF_ALLMULTI), 'A' }, { BIT(IFF_BROADCAST), 'B' }, { BIT(IFF_DEBUG), 'D' },
		{ BIT(IFF_LOOPBACK), 'L' }, { BIT(IFF_MULTICAST), 'M' }, { BIT(IFF_DYNAMIC), 'd' },
		{ BIT(IFF_PROMISC), 'P' }, { BIT(IFF_NOTRAILERS), 'N' }, { BIT(IFF_NOARP), 'O' },
		{ BIT(IFF_POINTOPOINT), 'P' }, { BIT(IFF_SLAVE), 's' }, { BIT(IFF_MASTER), 'm' },
		{ BIT(IFF_RUNNING), 'R' }, { BIT(IFF_UP), 'U' }, { 0, 0 }
	};
	const uint64_t *st = e->st;
	char fl[16];

	outf("%-15.15s %5d ", e->name, ok & 1 << Q_MTU ? q[Q_MTU].ifr_mtu : 0);
	if (e->counted)
		outf("%8lu %6lu %6lu %-6lu %8lu %6lu %6lu %6lu ",
		     st[DEV_RX_PACKETS], st[DEV_RX_ERRS], st[DEV_RX_DROP], st[DEV_RX_FIFO],
		     st[DEV_TX_PACKETS], st[DEV_TX_ERRS], st[DEV_TX_DROP], st[DEV_TX_FIFO]);
	else	/* --json: each a null */
		outf("%-56s", JSON ? "- - - - - - - -" : "     - no statistics available -");
	if (!q[Q_FLAGS].ifr_flags && !JSON)
		outs("[NO FLAGS]");
	rt_flags(fl, (unsigned short)q[Q_FLAGS].ifr_flags, letters, 0);
	outf("%s\n", fl);
}

/* "540.7 MiB": tenths by net-tools' integer arithmetic */
static void human(uint64_t v)
{
	static const char unit[][4] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
	uint64_t unit_size = 1ULL << 60, s;
	int i = 6;

	while (i && v <= unit_size)
		i--, unit_size >>= 10;
	s = i == 6 ? v / 115292150460684697ULL : v * 10 / unit_size;
	outf("%lu.%u %s", s / 10, (unsigned)(s % 10), unit[i]);
}

/* "addr idx plen scope flags name" lines of the interface; net-tools
 * fscanf()s the file as one stream, which only matters for malformed files */
static void if_inet6(const char *name)
{
	/* the kernel's IPV6_ADDR_* scope bits, and one of ours for none */
	enum { LOOPBACK = 0x10, LINKLOCAL = 0x20, SITELOCAL = 0x40, COMPATv4 = 0x80,
	       GLOBAL = 0x100, SOME = 0x200 };
#define SCOPES(X) X(COMPATv4, "compat") X(GLOBAL, "global") X(LINKLOCAL, "link") \
	X(SITELOCAL, "site") X(LOOPBACK, "host")
	static const unsigned char scope_bit[] = { SCOPES(FLAG_BIT) };
	static const char scope_name[] = SCOPES(FLAG_NAME);
	struct field f[5];
	unsigned char a[16];
	char num[64], *l, *p;
	unsigned sc;
	int i;

	if (proc_open("net/", "if_inet6") < 0)
		return;
	while ((l = rd_line(&tab))) {
		if (scan(l, "a x x x x", f) < 5 || f[0].n != 32)
			continue;
		l = (char *)skip_blanks(f[4].s);
		for (p = l; *p && !is_blank(*p); p++)
			;
		*p = 0;
		if (strcmp(l, name))
			continue;
		for (i = 0; i < 16; i++)
			a[i] = hexval(f[0].s[2 * i]) << 4 | hexval(f[0].s[2 * i + 1]);
		outf("        inet6 %s  prefixlen %ld  scopeid 0x%lx", host_name(a, 1, num),
		     f[2].v, f[3].v);
		sc = f[3].v & ~COMPATv4;	/* compat, then the rest as without it */
		flag_list((f[3].v & COMPATv4) | (sc ? 0 : GLOBAL)
			  | (sc & (LOOPBACK | LINKLOCAL | SITELOCAL)) | SOME,
			  scope_bit, scope_name, sizeof(scope_bit));
		outc('\n');
	}
	rd_close(&tab);
}

/* "  netmask 255.0.0.0": an IPv4 address an ioctl gave, or net-tools'
 * word for none */
static void if_addr(const char *key, const struct ifreq *q, unsigned ok, int k)
{
	char b[16];

	fmt_ip4(b, (unsigned char *)&((struct sockaddr_in *)&q[k].ifr_addr)->sin_addr);
	outf("%s %s", key, ok >> k & 1 ? b : "[NONE SET]");
}

/* net-tools' hardware types that today's kernels use, then its fallback;
 * hw_text has the name and the title of each */
enum { HW_LOOP, HW_ETHER, HW_TUNNEL, HW_PPP, HW_SIT, HW_UNSPEC };
static const uint16_t hw_type[HW_UNSPEC] = {
	ARPHRD_LOOPBACK, ARPHRD_ETHER, ARPHRD_TUNNEL, ARPHRD_PPP, ARPHRD_SIT
};
static const char hw_text[] =
	"loop\0" "Local Loopback\0"
	"ether\0" "Ethernet\0"
	"tunnel\0" "IPIP Tunnel\0"
	"ppp\0" "Point-to-Point Protocol\0"
	"sit\0" "IPv6-in-IPv4\0"
	"unspec\0" "UNSPEC";

/* "        ether 52:54:00:12:34:56  txqueuelen 1000  (Ethernet)" */
static void if_hardware(const struct ifreq *q, unsigned ok)
{
	unsigned char a[16] = { 0 };
	int i, k;

	for (i = 0; i < HW_UNSPEC && hw_type[i] != (uint16_t)q[Q_HW].ifr_hwaddr.sa_family; i++)
		;
	outf("        %s", nth(hw_text, 2 * i));
	if (i == HW_ETHER || i == HW_TUNNEL || i == HW_UNSPEC)
		outc(' ');
	if (ok & 1 << Q_HW)
		memcpy(a, q[Q_HW].ifr_hwaddr.sa_data, 8);
	if (i == HW_ETHER)	/* "%02X:" x 6 */
		for (k = 0; k < 6; k++)
			outf(k ? ":%02x" : "%02x", a[k]);
	if (i == HW_UNSPEC)	/* "%02X-" x 16 */
		for (k = 0; k < 16; k++)
			outf(k ? "-%02X" : "%02X", a[k]);
	if (ok & 1 << Q_QLEN && q[Q_QLEN].ifr_qlen != -1)
		outf("  txqueuelen %d", q[Q_QLEN].ifr_qlen);
	outf("  (%s)\n", nth(hw_text, 2 * i + 1));
}

/* "        RX packets 12  bytes 3400 (3.3 KiB)\n        RX errors 0  dropped 0"
 * or the same of TX, whose counters are DEV_TX_BYTES past RX's */
static void if_traffic(const char *dir, const uint64_t *st)
{
	outf("        %s packets %lu  bytes %lu (", dir, st[DEV_RX_PACKETS], st[DEV_RX_BYTES]);
	human(st[DEV_RX_BYTES]);
	outf(")\n        %s errors %lu  dropped %lu", dir, st[DEV_RX_ERRS], st[DEV_RX_DROP]);
}

static void if_counters(const uint64_t *st)
{
	if_traffic("RX", st);
	outf("  overruns %lu  frame %lu\n", st[DEV_RX_FIFO], st[DEV_RX_FRAME]);
	if_traffic("TX", st + DEV_TX_BYTES);
	outf(" overruns %lu  carrier %lu  collisions %lu\n", st[DEV_TX_FIFO], st[DEV_TX_CARRIER],
	     st[DEV_TX_COLLS]);
}

/* "        device interrupt 10  base 0xc000  ": only for what uses them */
static void if_device(const struct ifmap *m)
{
	if (!m->irq && !m->mem_start && !m->dma && m->base_addr < 0x100)
		return;
	outs("        device ");
	if (m->irq)
		outf("interrupt %d  ", m->irq);
	if (m->base_addr >= 0x100)
		outf("base 0x%x  ", m->base_addr);
	if (m->mem_start)
		outf("memory 0x%lx-%lx  ", (uint64_t)m->mem_start, (uint64_t)m->mem_end);
	if (m->dma)
		outf("  dma 0x%x", m->dma);
	outc('\n');
}

/* ifconfig's long form (net-tools' ife_print_long) */
static void if_long(const struct ifent *e, const struct ifreq *q, unsigned ok)
{
#define IFF_NAMES(X) \
	X(IFF_UP, "UP") X(IFF_BROADCAST, "BROADCAST") X(IFF_DEBUG, "DEBUG") \
	X(IFF_LOOPBACK, "LOOPBACK") X(IFF_POINTOPOINT, "POINTOPOINT") \
	X(IFF_NOTRAILERS, "NOTRAILERS") X(IFF_RUNNING, "RUNNING") X(IFF_NOARP, "NOARP") \
	X(IFF_PROMISC, "PROMISC") X(IFF_ALLMULTI, "ALLMULTI") X(IFF_SLAVE, "SLAVE") \
	X(IFF_MASTER, "MASTER") X(IFF_MULTICAST, "MULTICAST") X(IFF_DYNAMIC, "DYNAMIC")
	static const unsigned char iff_bit[] = { IFF_NAMES(FLAG_BIT) };
	static const char iff_name[] = IFF_NAMES(FLAG_NAME);
	static const char media[] = "unknown\0" "10base2\0" "10baseT\0" "AUI\0" "100baseT\0"
		"100baseTX\0" "100baseFX\0" "(null)";
	const struct ifmap *m = &q[Q_MAP].ifr_map;
	short fl = q[Q_FLAGS].ifr_flags;

	outf("%s: flags=%d", e->name, fl);
	flag_list((unsigned short)fl, iff_bit, iff_name, sizeof(iff_bit));
	outf("  mtu %d\n", ok & 1 << Q_MTU ? q[Q_MTU].ifr_mtu : 0);
	if (ok & 1 << Q_ADDR) {
		if_addr("        inet", q, ok, Q_ADDR);
		if_addr("  netmask", q, ok, Q_MASK);
		if (fl & IFF_BROADCAST)
			if_addr("  broadcast", q, ok, Q_BRD);
		if (fl & IFF_POINTOPOINT)
			if_addr("  destination", q, ok, Q_DST);
		outc('\n');
	}
	if_inet6(e->name);
	if_hardware(q, ok);
	if (fl & IFF_PORTSEL)
		outf("        media %s%s\n", nth(media, m->port < 7 ? m->port : 7),
		     fl & IFF_AUTOMEDIA ? "autoselect" : "");
	if (e->counted)
		if_counters(e->st);
	if (ok & 1 << Q_MAP)
		if_device(m);
	outc('\n');
}

/* every request for one interface into q; 0, or net-tools' words and 1
 * when even the first fails */
static int if_query(int sk, const char *name, struct ifreq *q, unsigned *ok)
{
	static const int req[Q_N] = {
		SIOCGIFFLAGS, SIOCGIFHWADDR, SIOCGIFMTU, SIOCGIFMAP, SIOCGIFTXQLEN,
		SIOCGIFADDR, SIOCGIFDSTADDR, SIOCGIFBRDADDR, SIOCGIFNETMASK
	};
	struct ifreq r;
	unsigned k;

	memset(&r, 0, sizeof(r));
	strcpy(r.ifr_name, name);
	for (*ok = k = 0; k < Q_N; k++) {
		if (k == Q_ADDR)
			r.ifr_addr.sa_family = AF_INET;
		*ok |= !ioctl(sk, req[k], &r) << k;
		q[k] = r;
		if (!*ok) {
			k = errno;
			errs(name, ": error fetching interface information: ",
			     k == ENODEV ? "Device not found" : error_text(k));
			errs("\nmissing interface information: ", error_text(k), "\n");
			return 1;
		}
	}
	return 0;
}

static int if_sk = -1;	/* asks the namespace it was made in */
static const char *netns, *ns_spec;	/* --netns, and what enter_netns() had */

static int interfaces(void)
{
	static struct ifreq conf[IFCONF_MAX];
	struct ifconf c = { .ifc_len = sizeof(conf), .ifc_req = conf };
	struct ifreq q[Q_N];
	struct ifent *e;
	unsigned i, ok;

	if (!FEATURE_IFACE)
		return not_built("-i");
	if (!FEATURE_IFACE_LONG && count[C_EXTEND])
		return not_built("-i -e");
	if (if_sk < 0) {
		if ((if_sk = socket(AF_INET, SOCK_DGRAM, 0)) < 0) {
			errs("No usable address families found.\nsocket: ", error_text(errno), "\n");
			return 1;
		}
		outs("Kernel Interface table\n");
	}
	flags |= 1u << O_NUM_HOSTS;	/* net-tools prints interface addresses as numbers */
	if (!count[C_EXTEND] || JSON)
		outs("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n");
	nif = 0;
	read_dev();
	/* SIOCGIFCONF adds the names of IPv4 aliases ("eth0:1") */
	if (ioctl(if_sk, SIOCGIFCONF, &c) >= 0)
		for (i = 0; i < c.ifc_len / sizeof(*conf); i++)
			if_add(conf[i].ifr_name);
	for (i = 0; i < nif; i++) {
		e = &ifs[ifo[i]];
		if (if_query(if_sk, e->name, q, &ok))
			return 1;
		if (q[Q_FLAGS].ifr_flags & IFF_UP || FLAG(O_ALL))
			(count[C_EXTEND] && FEATURE_IFACE_LONG && !JSON ? if_long : if_short)(e, q, ok);
	}
	return 0;
}

/* ---- -s: protocol statistics ----
 *
 * The counters of /proc/net/snmp, netstat and sctp/snmp (inet, the
 * default) or of snmp6 and the Tcp part of snmp (inet6), in net-tools
 * 2.10's words.  A file is a list of sections.  A section net-tools knows
 * is printed only when its protocol was asked for (-t: Tcp, TcpExt; -u:
 * Udp; -w: Ip, Icmp; --sctp: Sctp; none of these: all), any other section
 * always.  A known counter prints its sentence, any other one "Name: value"
 * unless it is 0.  net-tools' "state", the kind of the last known counter,
 * lives on across sections and files: it sets the indent of unknown
 * counters and decides when an ICMP histogram heading is due.
 *
 * The sentences: applet/stats-table.py packs a readable list into
 * st_packed() (at the end of this file, and says more); unpack() makes
 * st_text[] of it: for each group (Ip, Icmp, Tcp, Udp, Sctp, TcpExt)
 * entries "<type>Key sentence", type = kind << 2 | ST_V4 | ST_V6 (the
 * files it is in); a type byte with neither bit ends a group.  '%' is where
 * the number goes. */

enum { ST_ALWAYS, ST_UNLESS_0, ST_IN, ST_OUT, ST_NEVER };	/* kinds of counter */
enum { ST_V4 = 1, ST_V6 = 2 };

static const unsigned char *st_packed(void);

/* the groups of the table as IPv4 sections, then as IPv6 ones, each with
 * the option that prints it */
static const struct st_group {
	char title[7];
	unsigned char option;
} st_groups[] = {
	{ "Ip", O_RAW }, { "Icmp", O_RAW }, { "Tcp", O_TCP }, { "Udp", O_UDP },
	{ "Sctp", O_SCTP }, { "TcpExt", O_TCP },
	{ "Ip6", O_RAW }, { "Icmp6", O_RAW }, { "Tcp6", O_TCP }, { "Udp6", O_UDP }
};
#define ST_V4_GROUPS 6

static unsigned char st_kind;	/* net-tools' state: ST_ALWAYS .. ST_OUT */
static signed char st_group;	/* the section's group, -1: unknown */
static char st_on;		/* the section is printed */
static const char *st_prefix;	/* IPv6 sections: "Ip6"... before each key */
static char st_open;		/* --json: a section's object is open */


/* indent, pre, the sentence s (up to a type byte or NUL) with the number
 * where its '%' is, and a newline */
static void st_line(int kind, const char *pre, const char *s, uint64_t v)
{
	outs(kind >= ST_IN ? "        " : "    ");
	outs(pre);
	for (; *s >= ' '; s++)
		if (*s == '%')
			outf("%lu", v);
		else
			outc(*s);
	outc('\n');
}

/* a section starts (net-tools' newtable) */
static void st_section(const char *title, int v6)
{
	unsigned g;

	st_group = -1;
	st_on = 1;
	for (g = v6 ? ST_V4_GROUPS : 0; g < (v6 ? sizeof(st_groups) / sizeof(*st_groups) : ST_V4_GROUPS); g++)
		if (!strcmp(title, st_groups[g].title)) {
			st_group = v6 ? g - ST_V4_GROUPS : g;
			st_on = FLAG(st_groups[g].option);
			st_kind = ST_ALWAYS;
		}
	st_prefix = v6 ? title : "";
	if (JSON) {
		if (st_open)
			jclose('}');
		if ((st_open = st_on)) {
			jsep();
			outf("%j:{", title);
			jnext = 0;
		}
	} else if (st_on)
		outf("%s:\n", title);
}

/* the table entry (its type byte) of a counter of this section, or 0 */
static const char *st_find(const char *name)
{
	const char *e = st_text;
	size_t pl = strlen(st_prefix), kl;
	int g = 0, t;

	if (st_group < 0 || strncmp(name, st_prefix, pl))
		return 0;
	name += pl;
	kl = strlen(name);
	while ((t = *e++)) {
		if (!(t & (ST_V4 | ST_V6)))
			g++;
		else if (g == st_group && t & (pl ? ST_V6 : ST_V4)
			 && !strncmp(e, name, kl) && e[kl] <= ' ')
			return e - 1;
		while (*e >= ' ')
			e++;
	}
	return 0;
}

/* one counter of a printed section (net-tools' printval) */
static void st_value(const char *name, uint64_t v)
{
	const char *e = st_find(name), *s;
	int kind;

	if (JSON) {	/* every counter, as the file has it */
		jsep();
		outf("%j:%ld", name, v);	/* Tcp's MaxConn is -1 */
		return;
	}
	if (!e) {
		if (v)
			st_line(st_kind, name, ": %", v);
		return;
	}
	kind = *e >> 2;
	if (kind == ST_NEVER)
		return;
	if (kind >= ST_IN && kind != st_kind)
		st_line(st_kind, "ICMP ", kind == ST_IN ? "input histogram:" : "output histogram:", 0);
	for (s = e + 1; *s > ' '; s++)	/* past the key */
		;
	if (v || kind == ST_ALWAYS)
		st_line(kind, "", s + 1, v);
	st_kind = kind;
}

/* s past the bytes that are (in = 1) or are not (in = 0) in set */
static char *st_span(char *s, const char *set, int in)
{
	while (*s && !strchr(set, *s) == !in)
		s++;
	return s;
}

static const char st_sep[] = " \t\n", st_space[] = " \t\n\v\f\r";

/* "Sect: Name Name .." over "Sect: 1 2 ..", all sections or those whose
 * name starts with "Tcp" (net-tools' process_fd); 1: a line has no ':' */
static int st_pairs(int tcp_only)
{
	char hdr[LINE], *h, *v, *end;
	const char *s;
	uint64_t x;
	int last;

	while ((h = rd_line(&tab))) {
		if (*h == '\n')
			continue;
		strcpy(hdr, h);
		if (!(v = rd_line(&tab)))
			break;
		if (!(h = strchr(hdr, ':')) || !(v = strchr(v, ':')))
			return 1;
		*h++ = 0;
		v++;
		if (tcp_only && strncmp(hdr, "Tcp", 3))
			continue;
		st_section(hdr, 0);
		for (last = 0; !last; h = end + 1) {
			h = st_span(h, st_sep, 1);
			v = st_span(v, st_sep, 1);
			end = st_span(h, st_sep, 0);
			last = !*end;
			*end = 0;
			if (*h && st_on) {
				if ((s = scan_num(v, 10, &x)))	/* strtoull */
					v = (char *)s;
				st_value(h, x);
			}
		}
	}
	return 0;
}

/* snmp6, "Name value" lines read with sscanf("%s %llu") (net-tools'
 * process6_fd): a section, named by a name up to its first '6' ("Ip6"),
 * lasts while the names contain that; a line without a name repeats the
 * last counter, one without a number repeats the last number */
static void st_snmp6(char *l)
{
	static char name[64], title[64];
	static uint64_t val;
	char *e;
	uint64_t x;
	size_t n;

	l = st_span(l, st_space, 1);
	if (*l) {
		e = st_span(l, st_space, 0);
		n = e - l < 63 ? e - l : 63;
		memcpy(name, l, n);
		name[n] = 0;
		if (scan_num(e, 10, &x))
			val = x;
	}
	if (!*title || !contains(name, title)) {
		for (n = 0; name[n] && (!n || name[n - 1] != '6'); n++)
			title[n] = name[n];
		title[n] = 0;
		st_section(title, 1);
	}
	if (st_on)
		st_value(name, val);
}

/* sctp/snmp, "Name value" lines (net-tools' process_fd2) */
static void st_sctp(char *l)
{
	char *e = st_span(l, st_sep, 0);
	uint64_t x;

	if (!*e)
		return;		/* net-tools reads on past the NUL here */
	*e++ = 0;
	e = st_span(e, st_sep, 1);
	if (*e && st_on) {
		scan_num(e, 10, &x);	/* strtoul: 0 when there is no number */
		st_value(l, x);
	}
}

static void st_error(const char *what, const char *rel, int e)
{
	char path[40];

	report_error(what, strcat(strcpy(path, "/proc/"), rel), e);
}

/* Reads /proc/<rel> as ST_PAIRS, ST_TCP (the same, Tcp sections only) or
 * line by line as net-tools' fgets(1024) hands the lines out, reporting
 * what net-tools reports; ST_QUIET: a missing file is no error.  -1: the
 * file cannot be opened. */
enum { ST_PAIRS, ST_TCP, ST_SNMP6, ST_SCTP, ST_QUIET };

static int st_read(const char *rel, int how)
{
	char *l;

	if (proc_open(rel, "") < 0) {
		if (!(how & ST_QUIET))
			st_error("cannot open ", rel, errno);
		return -1;
	}
	how &= 3;
	errno = 0;
	if (how == ST_SCTP)
		st_section("Sctp", 0);
	if (how < ST_SNMP6) {
		if (st_pairs(how) && how == ST_PAIRS)
			errs("Problem while parsing /proc/", rel, "\n");
	} else
		for (tab.max = 1023; (l = rd_line(&tab));)
			(how == ST_SCTP ? st_sctp : st_snmp6)(l);
	if (errno)	/* a read error, as net-tools' ferror() check says */
		st_error("", rel, errno);
	rd_close(&tab);
	return 0;
}

/* net-tools 2.10 runs this once even with -c, and exits 0 unless the
 * address family is neither inet nor inet6 */
static int statistics(void)
{
	const char *a = *afname ? afname : "inet";
	int v6 = !strcmp(a, "inet6");

	if (!FEATURE_STATS)
		return not_built("-s");
	if (!v6 && strcmp(a, "inet")) {
		static const char no[] = "netstat: No statistics support for specified address family: ";

		if (JSON)	/* stdout holds only the document */
			errs(no, a, "\n");
		else
			outf("%s%s\n", no, a);
		flush();
		return 1;
	}
	unpack(st_packed());
	st_open = 0;
	if (v6) {
		if (!st_read("net/snmp6", ST_SNMP6))
			st_read("net/snmp", ST_TCP);
	} else if (!st_read("net/snmp", ST_PAIRS)) {
		st_read("net/netstat", ST_PAIRS | ST_QUIET);
		st_read("net/sctp/snmp", ST_SCTP | ST_QUIET);
	}
	if (st_open)
		jclose('}');
	return 0;
}

/* ---- -g: multicast group memberships ----
 *
 * As in net-tools, the first line ever read decides: without "Device" in
 * it, it and every later line are igmp6 rows, even those of the igmp file
 * when -c reads it again.  The interface name is kept from row to row. */
static char igmp6, igmp_idx, igmp_dev[16];

static void igmp_line(const struct table *t, char *line, int lnr)
{
	struct field f[2];
	unsigned char a[16] = { 0 };
	char num[64], *p = line;
	int n;

	if (!lnr) {
		if (contains(line, "Device")) {
			igmp_idx = !strncmp(line, "Idx", 3);
			return;
		}
		igmp6 = 1;
	}
	if (igmp6 || *p != '\t') {
		/* "%d %15s %64[0-9A-Fa-f] %d" or a device, "%d\t%15c" ("%15c"
		 * before Linux 2.1), whose %c leaves no NUL: an old tail stays */
		if (igmp6 || igmp_idx) {
			if (!(p = (char *)scan_num(p, 10, &f[1].v)))
				goto bogus;
			p = (char *)skip_blanks(p);
		}
		for (n = 0; n < 15 && p[n] && !(igmp6 && is_blank(p[n])); n++)
			igmp_dev[n] = p[n];
		if (!n)
			goto bogus;
		if (!igmp6) {
			if ((p = strrchr(igmp_dev, ':')))
				*p = 0;
			return;
		}
		igmp_dev[n] = 0;
		if (scan(p + n, " a d", f) < 2)
			goto bogus;
		for (n = 0; n < 32 && n < (int)f[0].n; n++)
			a[n / 2] = a[n / 2] << 4 | hexval(f[0].s[n]);
	} else {		/* a group: "\t%8[0-9A-Fa-f] %d", in host order */
		p = (char *)skip_blanks(p);
		for (f[0].s = p; hexval(*p) >= 0 && p - f[0].s < 8; p++)
			;
		if (!(f[0].n = p - f[0].s) || !scan(p, " d", f + 1))
			goto bogus;
		parse_addr(a, f, 0);
	}
	outf("%-15s %-6d %s\n", igmp_dev, (int)f[1].v, host_name(a, igmp6, num));
	return;
bogus:
	errs("warning, got bogus ", igmp6 ? "igmp6" : "igmp", " line ");
	errs(utoa(num + 23, lnr), ".\n", 0);
}

static int groups(void)
{
	int rc = 0;

	if (!FEATURE_GROUPS)
		return not_built("-g");
	jtab = JSON;
	outs("IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n"
	     "--------------- ------ ---------------------\n");
	if (af[FAM_I4] && read_lines("igmp", igmp_line, 0) < 0)
		rc = missing("igmp", 0);
	if (rc >= 0 && af[FAM_I6])
		read_lines("igmp6", igmp_line, 0);
	jtab = 0;
	return rc;
}

/* ---- -M: masqueraded connections ----
 *
 * /proc/net/ip_masquerade went with Linux 2.2, which cannot run this
 * program: its absence is reported as net-tools reports it; a table that
 * is there (a fixture) is not read */
static int masquerade(void)
{
	if (!FEATURE_MASQ)
		return not_built("-M");
	if (proc_exists("ip_masquerade"))
		return 0;
	if (errno != ENOENT) {
		report_error("/proc/net/ip_masquerade", 0, errno);
		return -1;
	}
	no_support("ip_masquerade");
	return 1;
}

/* ==== main ==== */

static const char *prog = "netstat";

static const unsigned char *usage_packed(void);

static _Noreturn void usage(int rc)
{
	char *d = st_text;
#ifdef USAGE_PLAIN
	unsigned i;

	for (i = 0; i < sizeof(usage_text) / sizeof(*usage_text); i++)
		d = stpcpy(d, usage_text[i]);
	(void)usage_packed;
#else
	static const char has[] = { 1, USAGE_CONDS };	/* a part's marker - 14 */
	const char *s = unpack(usage_packed());
	char on = 1;

	for (; *s; s++)
		if (*s >= 14 && *s < 32)
			on = has[*s - 14];
		else if (on)
			*d++ = *s;
#endif
	flush();
	if (write(rc ? 2 : 1, st_text, d - st_text) < 0 && !rc)
		rc = 1;
	exit(rc);
}

static _Noreturn void version(void)
{
	flush();
	exit(write(1, version_text, sizeof(version_text) - 1) < 0);
}

static void bad_option(const char *what, const char *name, const char *tail)
{
	errs(prog, what, name);
	err(tail);
	usage(3);
}

/* net-tools' -A list: "inet,unix"; any unknown name ends the program */
static void add_families(const char *list)
{
	char buf[256], *s = buf, *e;
	const char *a;
	size_t n = strnlen(list, sizeof(buf) - 1);
	int i;

	memcpy(buf, list, n);
	buf[n] = 0;
	for (; s; s = e) {
		if ((e = strchr(s, ',')))
			*e++ = 0;
		if ((i = list_index(af_alias, sizeof(af_of_alias), s)) == sizeof(af_of_alias)) {
			errs("Unknown address family `", s, "'.\n");
			exit(1);
		}
		i = af_of_alias[i];
		a = nth(af_name, i);
		if (strlen(a) + strlen(afname) + 1 >= sizeof(afname)) {
			err("Too much address family arguments.\n");
			return;
		}
		af[i]++;
		if (*afname)
			strcat(afname, ",");
		strcat(afname, a);
	}
}

/* does what row i of OPTIONS says */
static void option(unsigned i, const char *arg)
{
	unsigned n = opt_does[i] & 31;

	switch (opt_does[i] >> 5) {
	case DO_SET:
		flags |= 1u << n;
		break;
	case DO_COUNT:
		count[n]++;
		break;
	case DO_FAMILY:		/* -4 is -A inet */
		add_families(nth(af_name, n));
		break;
	case DO_ALIAS:
		add_families(nth(opt_name, i));
		break;
	case DO_FAMILIES:
		add_families(arg);
		break;
	case DO_NETNS:
		netns = arg;
		break;
	case DO_EXIT:
		if (n == EXIT_VERSION)
			version();
		if (n == EXIT_CONTEXT) {
			err("SELinux is not enabled on this machine.\n");
			exit(1);
		}
		usage(n == EXIT_HELP ? 0 : 3);
	}
}

/* the row of the long option --name (up to its '='), by glibc
 * getopt_long's rules: an exact name, else a unique prefix; net-tools'
 * rows first, then ours */
static unsigned find_long(const char *name, size_t len)
{
	const char *o = opt_name;
	unsigned i, hit = N_OPTIONS;
	int ambiguous = 0;

	for (i = 0; i < N_OPTIONS; i++, o += strlen(o) + 1) {
		if (i == N_NETTOOLS && hit < N_OPTIONS)
			break;
		if (!*o || strncmp(o, name, len))
			continue;
		if (!o[len]) {
			hit = i, ambiguous = 0;
			break;
		}
		if (hit == N_OPTIONS)
			hit = i;
		else if (opt_does[i] != opt_does[hit])
			ambiguous = 1;
	}
	if (ambiguous) {
		errs(prog, ": option '--", name);
		err("' is ambiguous; possibilities:");
		for (i = 0, o = opt_name; i < N_OPTIONS; i++, o += strlen(o) + 1)
			if (*o && !strncmp(o, name, len) && (i < N_NETTOOLS) == (hit < N_NETTOOLS)
			    && (i == hit || opt_does[i] != opt_does[hit]))
				errs(" '--", o, "'");
		err("\n");
		usage(3);
	}
	if (hit == N_OPTIONS)
		bad_option(": unrecognized option '--", name, "'\n");
	return hit;
}

/* argv[i] is a long option; returns the index of its last word */
static int long_option(char **argv, int i)
{
	char *name = argv[i] + 2, *eq = strchr(name, '=');
	unsigned hit = find_long(name, eq ? (size_t)(eq - name) : strlen(name));

	if (TAKES_ARG(opt_does[hit])) {
		if (!eq && !argv[i + 1])
			bad_option(": option '--", nth(opt_name, hit), "' requires an argument\n");
		option(hit, eq ? eq + 1 : argv[++i]);
	} else if (eq)
		bad_option(": option '--", nth(opt_name, hit), "' doesn't allow an argument\n");
	else
		option(hit, 0);
	return i;
}

/* options as glibc's getopt_long permutes them; the operands (filters,
 * which net-tools ignores) are moved to argv[0..n), and n returned */
static int parse_args(int argc, char **argv)
{
	int i, n = 0, posix = getenv("POSIXLY_CORRECT") != 0, rest = 0;
	const char *o;
	char *a, c[2] = "";

	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (rest || a[0] != '-' || !a[1]) {
			argv[n++] = a;
			rest |= posix;
			continue;
		}
		if (a[1] == '-') {
			if (!a[2])
				rest = 1;
			else
				i = long_option(argv, i);
			continue;
		}
		while (*++a) {
			*c = *a;
			if (!(o = memchr(opt_letter, *a, N_OPTIONS)))
				bad_option(": invalid option -- '", c, "'\n");
			if (!TAKES_ARG(opt_does[o - opt_letter])) {
				option(o - opt_letter, 0);
				continue;
			}
			if (!a[1] && !(a = argv[++i]))
				bad_option(": option requires an argument -- '", c, "'\n");
			option(o - opt_letter, a + (a != argv[i]));
			break;
		}
	}
	return n;
}

/* ---- operands: the filters of a socket listing ---- */

/* the decimal number at *p, of at most max, and *p after it; -1 if none */
static int64_t decimal(const char **p, uint64_t max)
{
	const char *s = *p;
	uint64_t v = 0;

	while (is_digit(*s) && v <= max)
		v = v * 10 + (*s++ - '0');
	if (s == *p || v > max)
		return -1;
	*p = s;
	return v;
}

static void add_term(const struct filter *f)
{
	if (grow(&filter, &filter_cap, nfilter, sizeof(*f), 16)) {
		errs("netstat: out of memory", "\n", 0);
		exit(1);
	}
	filter[nfilter++] = *f;
	filter_kinds |= 1u << f->kind;
	/* sock_diag's states: TCP's by bit; UNKNOWN is all of them; unix's
	 * none (bit 0 is no state) */
	if (f->kind == F_STATE)
		*(f->not ? &states_out : &states_in) |=
			f->id <= TCP_CLOSING ? 1u << f->id : f->not ? 0 : f->id == S_UNKNOWN ? TCPF_ALL : 1;
}

/* a term for each range of "22,80,8000-8100,http" with f's address */
static int add_ports(struct filter *f, const char *p)
{
	int64_t lo, hi;
	unsigned i, n, found;

	for (;; p++) {
		for (n = 0; p[n] && p[n] != ','; n++)
			;
		if (is_digit(*p)) {
			lo = hi = decimal(&p, 65535);
			if (*p == '-' && (p++, hi = decimal(&p, 65535)) < lo)
				return -1;
			if (lo < 0 || (*p && *p != ','))
				return -1;
			f->lo = lo, f->hi = hi;
			add_term(f);
		} else {
			load_services();
			for (i = found = 0; i < nsvc; i++)
				if (n && !strncmp(svc_names + svc[i].name, p, n) && !svc_names[svc[i].name + n])
					f->lo = f->hi = svc[i].port, add_term(f), found = 1;
			if (!found)
				return -1;
			p += n;
		}
		if (!*p)
			return 0;
	}
}

/* one address of an @ operand, and the operand's ports (or all) */
static int add_address(struct filter *f, int v6, const unsigned char *a, int64_t bits,
		       const char *ports)
{
	if (bits > (v6 ? 128 : 32))
		return -1;
	f->v6 = v6;
	f->bits = bits < 0 ? (v6 ? 128 : 32) : bits;
	memcpy(f->a, a, 16);
	if (ports)
		return add_ports(f, ports);
	f->lo = 0, f->hi = 65535;
	add_term(f);
	return 0;
}

/* @ADDR[/PREFIX][:PORTS], @[V6ADDR][/PREFIX][:PORTS], @V6ADDR[/PREFIX];
 * ADDR may be a name of /etc/hosts, which stands for all its addresses */
static int address_operand(struct filter *f, const char *op)
{
	char name[256], *addr = name, *c, *e, *slash, *line, *w[16];
	const char *ports = 0, *p;
	unsigned char a[16];
	int64_t bits = -1;
	int i, n, found = 0;

	if ((n = strlen(op)) >= (int)sizeof(name))
		return -1;
	memcpy(name, op, n + 1);
	/* the ports follow the last ':', which for IPv6 must follow a ']' */
	if ((c = strrchr(name, ':')) && (*name == '[' ? (e = strchr(name, ']')) && c > e : c == strchr(name, ':')))
		*c = 0, ports = c + 1;
	if ((slash = strchr(name, '/'))) {
		*slash = 0;
		p = slash + 1;
		if ((bits = decimal(&p, 128)) < 0 || *p)
			return -1;
	}
	if (*addr == '[') {
		if (addr[(n = strlen(addr)) - 1] != ']')
			return -1;
		addr[n - 1] = 0;
		addr++;
	}
	if ((n = parse_ip(addr, a)))
		return add_address(f, n == 16, a, bits, ports);
	if (ports)
		load_services();	/* now, not while /etc/hosts is open */
	if (rd_open(&aux, "/etc/hosts") < 0)
		return -1;
	while ((line = rd_line(&aux))) {
		n = words(line, w, 16);
		for (i = 1; i < n && !same_word(addr, strlen(addr), w[i]); i++)
			;
		if (i < n && (n = parse_ip(w[0], a)) && !add_address(f, n == 16, a, bits, ports))
			found = 1;
	}
	rd_close(&aux);
	return found - 1;
}

/* state=LISTEN,^CLOSE  pid=1,2  cmd=NAME  user=NAME|UID */
static int value_operand(struct filter *f, const char *p)
{
	const char *s = p;
	uint64_t uid;
	int64_t v;
	unsigned n;

	if (f->kind != F_USER && f->kind != F_CMD) {
		for (;; p++) {
			for (n = 0; p[n] && p[n] != ','; n++)
				;
			if (f->kind == F_PID) {
				if ((v = decimal(&p, UINT32_MAX)) < 0 || (*p && *p != ','))
					return -1;
			} else {	/* a state, or ^state */
				f->not = *p == '^';
				p += f->not, n -= f->not;
				for (v = 1; v < S_END && !same_word(p, n, nth(state_names, v)); v++)
					;
				if (!n || v == S_END)
					return -1;
				p += n;
			}
			f->id = v;
			add_term(f);
			if (!*p)
				return 0;
		}
	}
	if (!*p)
		return -1;
	f->name = p;
	if (f->kind == F_USER) {	/* a uid, or a name */
		if ((v = decimal(&s, UINT32_MAX - 1)) >= 0 && !*s)
			uid = v;
		else if (!user_id(p, &uid) || uid >= UINT32_MAX)	/* -1: no owner */
			return -1;
		f->id = uid;
	}
	add_term(f);
	return 0;
}

/* one operand: its terms; -1 if it is malformed */
static int filter_operand(const char *op)
{
	static const char keys[] = "state=\0pid=\0cmd=\0user=";	/* F_STATE ... */
	struct filter f;
	size_t n;
	unsigned k;

	memset(&f, 0, sizeof(f));
	if (*op == ':') {
		f.kind = F_PORT;
		return add_ports(&f, op + 1);
	}
	if (*op == '@') {
		f.kind = F_ADDR;
		return address_operand(&f, op + 1);
	}
	for (k = 0; k < 4; k++)
		if (!strncmp(op, nth(keys, k), n = strlen(nth(keys, k)))) {
			f.kind = F_STATE + k;
			return value_operand(&f, op + n);
		}
	return -1;
}

/* ---- --netns: another network namespace, or each one ---- */

#define CLONE_NEWNET 0x40000000
#define STATX_INO 0x100

/* Enters the network namespace of SPEC: a PID's (PID/ns/net), an nsfs
 * file's, or the one `ip netns add NAME` bound to /run/netns/NAME.  Where
 * that is refused (not root) a PID's tables are read from its
 * $PROC_ROOT/PID/net instead, as they are under PROC_ROOT.  0, or the
 * error told and 1. */
static int enter_netns(const char *spec)
{
	static char root[PATH_BUF];
	char path[PATH_BUF];
	int fd, e = ENAMETOOLONG, pid = *spec && all_digits(spec);

	ns_root = 0;
	ns_spec = spec;
	if (strlen(spec) < 256) {
		if (pid)
			proc_path(path, spec, "/ns/net", "");
		else
			strcat(strcpy(path, strchr(spec, '/') ? "" : "/run/netns/"), spec);
		e = EPERM;	/* PROC_ROOT: a PID's files, as where setns() is refused */
		if (!pid || source != SOURCE_ROOT) {
			if ((fd = sys_openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC)) < 0)
				e = errno;
			else {
				e = syscall(SYS_setns, fd, CLONE_NEWNET) ? errno : 0;
				close(fd);
			}
		}
		if (!e)
			return 0;
		if (pid && (e == EPERM || e == EACCES)) {	/* PID/net is anyone's to read */
			ns_root = proc_path(root, spec, "", "");
			source = SOURCE_ROOT;	/* sock_diag would see ours */
			if (proc_exists(""))
				return 0;
			ns_root = 0;
			e = errno;
		}
	}
	errs("netstat: --netns=", spec, ": ");
	errs(e == EINVAL ? "not a network namespace" : error_text(e), "\n", 0);
	return 1;
}

/* --netns=all: each namespace a process holds, by the first PID that
 * holds it, ours first; then each of /run/netns that none holds */
static struct imap *nss;	/* inode -> PID */
static unsigned nns, nns_cap;
static int ns_dir, ns_rc;
static char ns_source;

static uint64_t ns_inode(const char *name, const char *tail)	/* 0: unknown */
{
	uint32_t sx[64];	/* struct statx */
	char path[300];

	return syscall(SYS_statx, ns_dir, strcat(strcpy(path, name), tail), 0, STATX_INO, sx)
	       ? 0 : *(uint64_t *)(sx + 8);
}

static int ns_new(uint64_t ino, uint32_t pid)	/* 1: not seen before, now seen */
{
	unsigned i;

	for (i = 0; i < nns; i++)
		if (nss[i].ino == ino)
			return 0;
	if (!ino || grow(&nss, &nns_cap, nns, sizeof(*nss), 16))
		return 0;
	nss[nns].ino = ino;
	nss[nns++].val = pid;
	return 1;
}

static int listing(void);

/* -i asks the kernel by ioctl(), which answers for our namespace: where
 * it was not entered, the namespace's tables alone cannot do */
static int iface_refused(void)
{
	if (!count[C_IFACE] || !ns_root)
		return 0;
	errs("netstat: --netns=", ns_spec, ": -i needs to enter it\n");
	return 1;
}

/* a namespace's heading and listing; spec enters it (0: ours) */
static void ns_list(uint64_t ino, uint32_t pid, const char *spec, const char *name)
{
	static const char key[] = "sockets\0routes\0interfaces\0\0statistics";	/* C_* */
	static char more;

	close(diag_fd);		/* sockets ask the namespace they were made in */
	close(if_sk);
	diag_fd = if_sk = -1;
	nv6only = 0;
	source = ns_source;
	ns_root = 0;
	if ((spec && enter_netns(spec)) || iface_refused()) {
		ns_rc = 1;
		return;
	}
	if (JSON) {
		jsep();
		outf("{\"netns\":%lu,", ino);
		if (pid)
			outf("\"pid\":%u,\"program\":%j", pid, name);
		else
			outf("\"name\":%j", name);
		outf(",\"%s\":", nth(key, count[C_ROUTE] ? 1 : count[C_IFACE] ? 2 : count[C_STATS] ? 4 : 0));
		jnext = 0;
	} else {
		outf(more++ ? "\nNetwork namespace %lu (%s" : "Network namespace %lu (%s", ino,
		     pid ? "pid " : "ip netns ");
		if (pid)
			outf("%u, ", pid);
		out_escaped(name, strlen(name), 0);
		outs("):\n");
	}
	ns_rc |= listing();
	if (JSON)
		jclose('}');
}

static void ns_of_pid(const char *name, void *ctx)
{
	uint64_t pid, ino;

	if (all_digits(name) && scan_num(name, 10, &pid)
	    && !ns_new(ino = ns_inode(name, "/ns/net"), pid) && nns && ino == nss->ino && !nss->val)
		nss->val = pid;	/* ours, by its first PID */
}

static void ns_named(const char *name, void *ctx)
{
	if (*name != '.' && ns_new(ns_inode(name, ""), 0))
		ns_list(nss[nns - 1].ino, 0, name, name);
}

static int each_netns(void)
{
	static int ours = -2;	/* our namespace, opened at the first round */
	char num[24], comm[32], path[PATH_BUF], *pid;
	unsigned i;
	ssize_t n;
	int fd;

	if (ours == -2) {
		ns_source = source;
		ours = sys_openat(AT_FDCWD, proc_path(path, "self/ns/net", "", ""), O_RDONLY | O_CLOEXEC);
	}
	syscall(SYS_setns, ours, CLONE_NEWNET);	/* back from the last round's */
	ns_rc = nns = 0;
	ns_dir = sys_openat(AT_FDCWD, proc_root, O_RDONLY | O_DIRECTORY);
	ns_new(ns_inode("self", "/ns/net"), 0);
	each_entry(ns_dir, ns_of_pid, 0);
	if (JSON)
		jopen('[');
	for (i = 0; i < nns; i++) {
		pid = utoa(num + 23, nss[i].val);
		fd = sys_openat(AT_FDCWD, proc_path(path, pid, "/comm", ""), O_RDONLY);
		n = read(fd, comm, sizeof(comm) - 1);
		close(fd);
		comm[n > 0 ? n - 1 : 0] = 0;	/* less its '\n' */
		ns_list(nss[i].ino, nss[i].val, i ? pid : 0, comm);
	}
	if ((ns_dir = sys_openat(AT_FDCWD, "/run/netns", O_RDONLY | O_DIRECTORY)) >= 0)
		each_entry(ns_dir, ns_named, 0);
	if (JSON)
		jclose(']');
	return ns_rc;
}

/* the listing asked for: text, or one JSON value */
static int listing(void)
{
	int rc, stats = count[C_STATS];

	if (FEATURE_NETNS && iface_refused())	/* before any document */
		return 1;
	if (JSON) {
		jopen(stats ? '{' : '[');
		jtab = count[C_ROUTE] || count[C_IFACE];
	}
	rc = count[C_MASQ] ? masquerade() : stats ? statistics()
	     : count[C_ROUTE] ? routes() : count[C_IFACE] ? interfaces() : list_sockets();
	jtab = 0;
	if (JSON)
		jclose(stats ? '}' : ']');
	return rc;
}

int netstat_main(int argc, char **argv)
{
	const char *root = getenv("PROC_ROOT");
	int rc, i, operands, all;

	if (argv[0])
		prog = argv[0];
	operands = parse_args(argc, argv);
	if (root && *root && strlen(root) < 256)
		proc_root = root, source = SOURCE_ROOT;
	else if ((root = getenv("NETSTAT_SOURCE"))
		 && (source = list_index("auto\0netlink\0proc", SOURCE_ROOT, root)) == SOURCE_ROOT)
		source = SOURCE_AUTO;	/* a word it does not know */
	if (operands && !FEATURE_FILTER)
		return not_built("filtering");
	for (i = 0; FEATURE_FILTER && i < operands; i++)
		if (filter_operand(argv[i]) < 0) {
			errs("netstat: bad filter '", argv[i], "'\n");
			usage(3);
		}
	if (!FEATURE_DUALSTACK && FLAG(O_DUALSTACK))
		return not_built("--dual-stack");
	if (!FEATURE_IDENTITY && (FLAG(O_EXE) || FLAG(O_CMDLINE)))
		return not_built(FLAG(O_EXE) ? "--exe" : "--cmdline");
	if (FLAG(O_EXE) || FLAG(O_CMDLINE))
		flags |= 1u << O_PROGRAMS;
	if (count[C_ROUTE] + count[C_IFACE] + count[C_MASQ] + count[C_STATS] > 1)
		usage(3);
	if (FLAG(O_NUMERIC))
		flags |= 1u << O_NUM_HOSTS | 1u << O_NUM_PORTS | 1u << O_NUM_USERS;
	/* net-tools' defaults: a family alone means all its protocols... */
	if ((af[FAM_I4] || af[FAM_I6] || count[C_STATS]) && !(flags & PROTOCOLS))
		flags |= PROTOCOLS, noprot = 1;
	/* ... and protocols alone, both IP families */
	if (flags & (PROTOCOLS | 1u << O_GROUPS) && !af[FAM_I4] && !af[FAM_I6])
		af[FAM_I4] = af[FAM_I6] = 1;
	if (af[FAM_BT] && !FLAG(O_L2CAP) && !FLAG(O_RFCOMM))
		flags |= 1u << O_L2CAP | 1u << O_RFCOMM;
	explicit = flags & (PROTOCOLS | 1u << O_GROUPS | 1u << O_L2CAP | 1u << O_RFCOMM)
		|| !is_zero(af + FAM_UNX, FAM_ROSE + 1 - FAM_UNX);	/* unix ipx ax25 netrom x25 rose */
	if (!FEATURE_JSON && FLAG(O_JSON))
		return not_built("--json");
	if (netns && !FEATURE_NETNS)
		return not_built("--netns");
	all = FEATURE_NETNS && netns && !strcmp(netns, "all");
	if (FEATURE_NETNS && netns && !all && enter_netns(netns))
		return 1;
	for (;;) {
		rc = all ? each_netns() : listing();
		if (jnext)	/* a JSON document was written */
			outc('\n');
		jnext = 0;
		/* net-tools 2.10 runs -s and -M once even with -c */
		if (!FLAG(O_CONTINUOUS) || rc || count[C_MASQ] || count[C_STATS])
			break;
		flush();
		/* nanosleep(2)'s own timespec is two longs on every target;
		 * libc's sleep() (a 64-bit time_t on 32-bit ones) costs 200 bytes */
		syscall(SYS_nanosleep, (long[]){ 1, 0 }, 0);
		programs_loaded = 0;
		nv6only = 0;
	}
	flush();
	return rc;
}

#ifndef NETSTAT_NO_MAIN
int main(int argc, char **argv)
{
	return netstat_main(argc, argv);
}
#endif

/* ==== generated ==== */

/* generated by applet/stats-table.py from its SPEC: 2584 bytes, 7017 unpacked;
 * make check compares this block with what the script prints */
static const unsigned char *st_packed(void)
{
	static const unsigned char lz[] =
		"\021DefaultTTL\001ForwDatagrams % f\200\017arded\007FragCreate\240"
		"\027\200\015ments c\220\023\300\037Fail\2205outgoing packe\200$f"
		"\200\030ed\3405ation\240QOK\360/\012\340^\2003ok\007InAddrError"
		"\220\223with invalid a\200\031esses\003InDelive\220#\200\036com"
		"\360\201\002d\260\033ed\220'isc\200\324\360'\014\200\033\240\360"
		"\200uH\360t\016header\220rReceiv\241\022total\340\361r\240\030\240"
		"FUnknownProto\340\277u\260\024 p\220\025col\007Out\300\227\361A"
		"\013dropped\220&NoRou\241\206\320\025 because of miss\221zr\220#"
		"\003\200URequest\221\315r\320\012s\201\272\221\245\007Reasm\301"
		"\266\301\255 \201\344\201Pmblie\321\271\260'\241\254\341\323\340&"
		"\241\244\260I\200k\221V\360B\003\240uir\320DTime\202\037\362C\002"
		"\340\306after t\260!\006InMcastPkt\361\321\003m\202\252i\220\030"
		"\322]\200(\301\022\361\371\012\262.no\261\020\200TTooBig\362M\003"
		"\322\247\201\303o big\220%runc\222\330\200~\342tt\320\024\322\330"
		"\002\201\265\3632\017\006\201\322\320\301\343\025\360\301\013\004"
		"\011\262\342MaskReps\322\325 m\200\020\202Jp\221\212: %\360&\001"
		"\360#\004\321\331\200#\013\203\007\201\356Un\203\253ch\202\370\201"
		"\373in\243q u\260\024a\201\263\260MEcho\240pe\200\010\320h\220D"
		"\260\032\260\027\3226\220\201\203e\223\207\303cp\201\307ICMP m\203"
		"\202age\243\347\243bMsg\204>\360\034\003s\343\023\200\355Parm\203"
		"\020b\201\236ro\244(\204pe\201\375\240}\223Wdi\203B\223H\300\011"
		"\300\377SrcQuen\220\331source q\240\016\321\037\222^Excds\322F\204"
		")\201\267ansit\340!\203\016amp\241it\320\015\241fy\360\"\004\360"
		"\037\004\341b\015\203\253\361\256\027\300'\361\257\017\341R\017"
		"\203\371\361\261\032\300x\361\262\012\320F\361\263\014\001\204Z"
		"\245<\361\221\005\343\335\224%\361\260\011\264&\220\354\361\255"
		"\017\320\345\361\256\007\321&\361\256\016\301E\361\255\004 excee"
		"\206l\301c\361\251\015\361a\005\361\254\015\342\262\012\302\346"
		"\243E\362\351\003\300\035G\205*pM\204\360\202Xr\224\363g\220\020 m"
		"\205\002er\222^r\360*\010\202\237uc\226\305\360-\005r\320\027\3600"
		"\010sp\200-e\360/\006\260\026\320\212NeighborAd\206\307tise\267cn"
		"\240\026\202\356 a\360\030\002\3603\004Solici\360-\003s\240\022"
		"\261\005\343s\205\260\207\332\343p p\260\022\261)\205l\265\037s"
		"\365\023\006\261I\246y\360\236\005\266j\360\233\007\340.\300\231"
		"\320(\360\226\006\343\261\3473\244Sv6\362\023\007\016\207#\361\312"
		"\016\300\036\361\313\031\340+\361\314 \320]\361\315\035\340\215"
		"\361\316\024\361\315\005\320\302\361\317\016\321\316\340(\361\317"
		"\024\301/\361\320\023\016\363\272\012\340\210\361\274\021\340\204"
		"\343\301\270S\361\271\016\004\001Act\211\233Open\232Va\240\015 con"
		"nec\246\232o\200\031\2121s\001Attempt\312J\3129\360)\002a\260 s"
		"\001CurrE\205\311b %\260I\303\220\225\335\210\274shed\001\220\037"
		"\223{\212\204\360%\003\223x\371\246\002\001\226\327\252]bad\211"
		"\036\232\334\360\036\004Se\226\321\360\032\010\021MaxC\200\307\001"
		"\231j\251f\240[\311d\225{\3609\005\351|\001P\211g\301\024\251~\211"
		"v\361\025\016Re\246\303\360\204\007\260\026mitt\200\211RtoAlgor"
		"\213\037m\220\014\200\231\240\006in\004\213\035\373\326\001\372"
		"\245\007\347\326\352\005\312\300\205\223\253v\003NoPort\252%\351+ "
		"\352\304or\3200\266M\360k\006\341\016Rcvbuf\333\312\340d\200\023fe"
		"r\300k\001Snd\320$\261rnd\360!\004\004\001SctpAb\200\221e\253\306N"
		"u\225\253\232\376\340\024\240\"\262u\242$\234\315A\262vAssocia\245"
		"\276\240IChecksum\254b\360O\004P\274\301\374t\004\320/\240\206\362"
		"\206\002\222\222\215\025\360a\010\235=Usr\311\026\340\256\3318\374"
		"\361\002\240\333InCtrlCh\214&\360\337\003\2232trol c\220\032\334f"
		"\3404Or\214\227\3605\011ord\234\373\3605\015SCTP\200\347\360i\005"
		"\220\025\315\300\360g\005\234\322o\360i\015Un\360k\022\214\344\360"
		"\327\032\274\240\3201OfBlue\361\346\004\215-\234\354\220\030\336d"
		"\320`\361\003\025\360a\012\361\000\027\360\220\004\360\375!\340"
		"\307\303\353\342\212\223\373\362\213\013\255\221\362*\021\375x\003"
		"\262\345Shutd\216a\363\011\004Graceful Term\314\001s\004\005\217$a"
		"yedACKLo\217\234d\236E\260\022 \242\002further\260\024\376Z\004l"
		"\2400\213w\237\324\360H\003\215\214Quick\220B mode was\265\345\255"
		".%\273g\360|\001s\360w\003\301\361\005Embryonic\265I\365\245\006"
		"\215[\204$\320# SYN_RECV\300\221s\005ListenD\217*\217\333\220\036"
		"\244\245LISTEN\300\266\357I\300,O\211hflows\320\243 \200\375 l\240"
		"H\234Zu\257Ta\260\364\2173\300.\200\?\221>D\277\225Icmp\314\356"
		"\3432\377\233\006\3016\221\030\301H\005OfoP\216f\221\203\377\347"
		"\006\217\034om\237\241-of-\243\275\260\214\377\351\001\301\207\305"
		";\240\231\216\263\005\2430Win\202\020\360\226\032\220\356y w\204"
		"\035\320mw\240;\005PAWS\267\264\367\257\012\237\376j\215\237\362 "
		"\003\273\304\255[\240>\267\234\346m\3402\217\313\367\244\002\367"
		"\274\002\360M\006s\340L\307,\307'\360\215%\241fCall\361k\003p\217"
		"\343\301j\336\233\361e\036\206\307\221\272\360N\034\005S\203iMal"
		"\203\?OOM Ran\323\020\230\006\241\312ys\210\365\234rory dur\211"
		"\012\313\200\246\376\211\031\005Syncook\217\240F\271\023%\326\217"
		"\223\010 \300\033\357d\360/\001Recv %\360%\026S\215\354\360%\003"
		"\303\223TCP\247i\240u\343\312\216\231\236\224\214\035\267\237RST"
		"\200\267\240\017no\300\310\340:OnClose\371\247\004\271\202\3204ear"
		"ly us\215qc\220+\005\340;\250\270\360:\022\203Axp\262\213d\210\343"
		"\360u\001L\212Qer\372\036\005a\2306\224\355f\216\300\360q\001\222"
		"\225l\2400\257\364\214\350\360\277\001M\241\231\360I\014\300\367"
		"\321\275p\237\345ur\360\301\002\201\272\360\300\033\241\311\3615"
		"\001T\260\207\360v\023\360\254\002D\257\204CopyF\204>B\215\300log"
		"\232\323yt\217\354\277\242ly\210\306\235\364c\217\345\250Next\264n"
		"b\2600\221\361F\206\037Re\264xDet\263\351r\240\020\242\233\342\005"
		"s\222\251\220-\2405ast\272\251\253\272\200\015\352\241\216\230\240"
		"Worward\360$\001\260\020\360'\007ullU\204\303\273\332\211 \254$"
		"\264\232\211,\200\035y\236.ov\230\326\251\234\223Is\205\310\224"
		"\177r\242\265HPA\270\323p\234\331ct\246\341\232\260\214P\273\337"
		"\001\240%H\2374\352\367heade\214\011\3404\005\340$ToU\202\237\360*"
		"\012\340_nd\341f\266=d\217\?\242\326\223G\207(\243\274ur\230\316"
		"\322fs\242y\200\032\205:\207-\320(\360\376\017\360\370\023\262\326"
		"\217\336\217\237al\227\322\260x\201\230\334+\314\243\341\227\220{"
		"\243\346\262\344P\222\277\240\241\203\371 r\204\254\221Uon\304\235"
		"\307\313\241\315P\240e\361\250\020\300\206\361\254\003\3022Hoe\201"
		"j\204\350\201\331c\224c\200v\3010\354\236\361J\011\235\260vms\205"
		"\034\300.\240\206\203m\261\352\361\340\006\204\213t\2532ai\236]"
		"\244\037\217*yload\315\373\261\340\214\227Collaps\367\215\003c\260"
		"\023\246\262\366\"\004\304\354\221\033\367\210\004\240Meno\361\347"
		"\011\304rr\200\035\363\034\006\3205R\242\323\341e\341\353\310\021"
		"\317\303\242-\265n\360I\017\363\275\037\360\217\017S\364\003#S\304"
		"\003Sc\217wuler\366/\002\346\227\215\344s\260 \243\031\201\?\212"
		"\037\231\326\304\235\304\230\224U\240\202\211\231S\203\317\304U"
		"\362\270\003\2437\363\362\005TS\364\264\037\370\254\002TW %\222"
		"\355\352#fin\250\232\232\266\232\313it\215\373\244\320\232\310\223"
		"\314W\207Tyc\270O\340$\352cr\300\034\205y\371\024\001";

	_Static_assert(7017 < sizeof(st_text), "st_text holds the unpacked table");
	return lz;
}

/* generated by applet/usage-text.py from usage_text[]: 1542 bytes, 2622 unpacked;
 * make check compares this block with what the script prints */
/* generated by applet/usage-text.py from usage_text[]: 1347 bytes, 2145 unpacked;
 * make check compares this block with what the script prints */
static const unsigned char *usage_packed(void)
{
	static const unsigned char lz[] =
		"\016Usage: netstat [options] [filter]  sock\200\036 (default: all "
		"but listening ones)\012\017 \240\000\340M-r | -i\220\004g\220\011s"
		" \340_\012 \360\000\011routes, in\200yfac\220\013m\200qicast g\200"
		"\036p\200\035\220\250is\200\024s\012\016\200F-t, --tcp\320QTCP\360"
		"\\\002-u\220\037ud\340\037UDP\2206U\300\026lite\300\026-L\200\013"
		"\3206w\220Vraw\320\250\220\012I\2409S\220psct\320qSCTP\360p\002x"
		"\240pnix\301\016\240\012domain\220\2574\200\2576 \340\377\200Tv4,"
		"\220\0056\260\257A\220\317protocol=AF[,AF\201\206i\201\243\240\004"
		"6\240P\301@(--\200\030\241\002\240\033...; ipx ax25\221\326rom "
		"\200\012\201[se ddp\241\353-tools' words)\221Dl\221D\341\317\201"
		"\364ervers\201\330ly\221Da\221d\201\367\301\341\340\037and the res"
		"t\221\214n\221\214numeric\242\012o name look\201\275; \340\035-hos"
		"\202U-por\220\006us\200n:\202lme\221\324e\221\324ex\202^d\242Tadd "
		"U\200\224\240pInode; with\202c\202a: oth\200\034\2010umns\222\025p"
		"\301Egrams\240@\260\250PID/P\260\026\260\231ow\242\301each\302\352"
		"\012\020\242\307\240\200\322\016\260\305it by\240\357\203\035\240"
		"\016run\203\031/\201\256c/\220Z\2001)\012\320>cmdl\201\266\320\277"
		"i\203Dwhole\200\247mm\2219\240\035(\201C\201\006)\012\021\320vdual"
		"-\203\217ck \202\32746, ud\200\006:\242$\323\217\201v\203\260take"
		"\242A \201\322 (fo\201\016\240\013)\012\016\203\033o\243\033im\201"
		"\312\341F\260\016\263\033W\223;wide\343\271v\221Fut\221p\201\323se"
		"\241Lc,\220\315ontinuous \220%y\202#co\221\236-v\223\201\202.b\202"
		"c\242\034ay\200\350i\201Pfamilies l\200\314\012\022\321Wjson\264+"
		"\2249 JSON\203 c\2026nt\201\017\241\027\301\336c)\012\023\321\216"
		"\204\245ns=NS\222\017n\241\361\224\270\202\304k\242dsp\2042\204"
		"\235\221\343,\202\231 `ip \2403`\301\352\202>\364x\012path;\224"
		"\325:\242\006\224\315\203X\203*\222\242\2221s)\204j\024 \204\320"
		"\224k\244\246 \344\261\204\377\201\206ble\222\335C\243\015c\202L"
		"\222\301F\243\033FIB\204\242N as\203\037\012\025 \205\022\243\257"
		"\344\345 \344\360\240H\220|a: d\202\231\245X\201\332\221\307e:\203"
		"E\205k\201\343m)\012\026 \205T\224\371\245\026\241\335\365+\006 me"
		"mb\203\304hips\012\027 \205\177\244\270\345> \324d\2037u\225rs\204"
		"Nt\2050\204\374\204\345\224\245pick\221\347\246\024\262RM\205nZ"
		"\205r2\205vf\220tasquerad\203\262SEL\202!\204\377Blueto\203\224"
		"\364n\010\220\277\204\026n\243\346d\366\006\005ignored\345\273V"
		"\302Ysi\2620-h\225\354help\012\012\030F\246\241s\204\253l\200\241"
		"\326\247:\242Rof\263\321ki\204\240given\206Ist\200\255tch.\206}:PO"
		"RT :LOW-HIGH :SERVICE :22,80  \204\262cal\2023\221pe\200\230 \204"
		"\251\224\343@ADDR\260\005/LEN @[IPV6] @HOST,\244H\244\232\260bS"
		"\243\230 \323O\243\355\240I\205v\246\312e=LISTEN,CLOSE\300\022^TIM"
		"E_WAIT \201\203d=N,N  cm\200\010AME  \225,\240\012|UID\012\012\016"
		"Environ\203>\207\235PROC_ROOT=dir\205\230a\201s\200\011\207Ust\200"
		"\014\221\032\244\257\244x\223\361\263F\204\251k);\012NETSTAT_SOURC"
		"E=\224\330:\207\230w\201\267\206J\2609\246\025; =\3005:\263\360"
		"\205\200e\320H\203\370\205 d.\012";

	_Static_assert(2145 < sizeof(st_text), "st_text holds the unpacked text");
	return lz;
}
