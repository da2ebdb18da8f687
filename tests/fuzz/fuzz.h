/* tests/fuzz/fuzz.h: what the libFuzzer harnesses share.  Each harness
 * does #define NETSTAT_NO_MAIN, #include "../../applet/netstat.c", then
 * this file, so everything here sees the applet's statics.
 *
 * - fz_init(): a private mount and network namespace (no DNS server can
 *   answer: dns_lookup() fails at once), /etc/{services,protocols,passwd,
 *   hosts,networks,resolv.conf} bind-mounted from writable files in a
 *   private temporary directory (the fixtures' by default; fuzz-etc writes
 *   its input into them), a PROC_ROOT tree in that directory, and the
 *   applet's stdout and stderr sent to /dev/null (libFuzzer's own output
 *   and the sanitizer reports keep the real stderr).
 * - fz_reset(): every global a run changes, back to its first value, so
 *   that runs are independent; the function-local statics are reached by
 *   their assembler names (FZ_LOCAL), which the applet has no hook for.
 * - fz_part(): inputs that hold several files, separated by FZ_SEP.
 * - fz_main(): netstat_main() on a list of arguments (never ones that
 *   reach usage(), exit() or -c).
 *
 * Built with clang 14, glibc: see tests/fuzz/run.sh.
 * SPDX-License-Identifier: 0BSD */
#include <ftw.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sanitizer/common_interface_defs.h>

#ifndef FZ_ROOT			/* the repository: run.sh passes it */
#define FZ_ROOT "."
#endif

#define FZ_SEP "\n~~~\n"	/* between the files of one input */
#define FZ_SEP_LEN 5

static char fz_dir[64];		/* the private tree: PROC_ROOT is fz_dir/proc */
static char fz_proc[96];

/* a function-local static of the applet, by its assembler name (clang
 * names the static s of function f "f.s") */
#define FZ_LOCAL(name) ({ void *p_; __asm__("leaq " name "(%%rip), %0" : "=r"(p_)); p_; })
/* the functions whose statics are reset: emitted even where a harness
 * does not call them, so that the names above exist */
static void *volatile fz_keep[] = {
	(void *)user_name, (void *)load_services, (void *)rt_fib4, (void *)rt_fib6,
	(void *)st_snmp6, (void *)unix_row, (void *)dual_stack, (void *)no_memory,
};

static void fz_die(const char *what)
{
	fprintf(stderr, "fuzz: %s: %s\n", what, strerror(errno));
	abort();
}

static void fz_write(const char *path, const void *d, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0)
		fz_die(path);
	while (n) {
		ssize_t k = write(fd, d, n);
		if (k <= 0)
			fz_die(path);
		d = (const char *)d + k;
		n -= k;
	}
	close(fd);
}

/* fz_dir/rel */
static const char *fz_path(char *buf, const char *rel)
{
	snprintf(buf, 256, "%s/%s", fz_dir, rel);
	return buf;
}

/* a file of the PROC_ROOT tree: fz_dir/proc/rel (net/tcp ...) */
static void fz_proc_write(const char *rel, const void *d, size_t n)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", fz_proc, rel);
	fz_write(p, d, n);
}

static void fz_proc_unlink(const char *rel)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", fz_proc, rel);
	unlink(p);
}

static void fz_mkdir(const char *rel)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", fz_proc, rel);
	if (mkdir(p, 0755) && errno != EEXIST)
		fz_die(p);
}

/* the file's content, or none */
static void fz_copy(const char *from, const char *to)
{
	char b[65536];
	int fd = open(from, O_RDONLY);
	ssize_t n = fd < 0 ? 0 : read(fd, b, sizeof(b));

	if (fd >= 0)
		close(fd);
	fz_write(to, b, n > 0 ? n : 0);
}

/* the /etc files the applet opens, bound to fz_dir/etc/NAME */
static const char *const fz_etc[] = { "services", "protocols", "passwd", "hosts", "networks", "resolv.conf" };
#define FZ_N_ETC 6

static void fz_etc_write(int i, const void *d, size_t n)
{
	char p[256], rel[64];

	snprintf(rel, sizeof(rel), "etc/%s", fz_etc[i]);
	fz_write(fz_path(p, rel), d, n);
}

static void fz_isolate(void)
{
	char p[256], from[512], to[64], rel[64];
	int i;

	if (unshare(CLONE_NEWNS | CLONE_NEWNET)) {
		/* not root: a user namespace of our own first */
		uid_t uid = getuid();
		gid_t gid = getgid();
		char m[64];

		if (unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET))
			fz_die("unshare");
		fz_write("/proc/self/setgroups", "deny", 4);
		snprintf(m, sizeof(m), "0 %u 1", (unsigned)uid);
		fz_write("/proc/self/uid_map", m, strlen(m));
		snprintf(m, sizeof(m), "0 %u 1", (unsigned)gid);
		fz_write("/proc/self/gid_map", m, strlen(m));
	}
	if (mount("none", "/", 0, MS_REC | MS_PRIVATE, 0))
		fz_die("mount --make-rprivate /");
	fz_mkdir("../etc");
	for (i = 0; i < FZ_N_ETC; i++) {
		snprintf(from, sizeof(from), "%s/tests/fixtures/etc/%s", FZ_ROOT, fz_etc[i]);
		snprintf(rel, sizeof(rel), "etc/%s", fz_etc[i]);
		if (i == 5)	/* nameserver: nobody, in our empty namespace */
			fz_write(fz_path(p, rel), "nameserver 127.0.0.1\n", 21);
		else
			fz_copy(from, fz_path(p, rel));
		snprintf(to, sizeof(to), "/etc/%s", fz_etc[i]);
		if (mount(p, to, 0, MS_BIND, 0))
			fz_die(to);
	}
}

static int fz_rm(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	remove(path);
	return 0;
}

/* at exit: the private tree goes (after a crash it stays in /tmp) */
static void fz_cleanup(void)
{
	if (*fz_dir)
		nftw(fz_dir, fz_rm, 16, FTW_DEPTH | FTW_PHYS);
}

static void fz_init(void)
{
	int null = open("/dev/null", O_RDWR), err = dup(2);

	snprintf(fz_dir, sizeof(fz_dir), "/tmp/netstat-fuzz.XXXXXX");
	if (!mkdtemp(fz_dir))
		fz_die("mkdtemp");
	snprintf(fz_proc, sizeof(fz_proc), "%s/proc", fz_dir);
	if (mkdir(fz_proc, 0755))
		fz_die(fz_proc);
	fz_mkdir("net");
	atexit(fz_cleanup);
	fz_isolate();
	setenv("PROC_ROOT", fz_proc, 1);
	/* the applet writes to fds 1 and 2 itself: both to /dev/null; the
	 * sanitizers and libFuzzer (glibc's stderr FILE) keep the real one */
	if (null < 0 || err < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0)
		fz_die("/dev/null");
	__sanitizer_set_report_fd((void *)(intptr_t)err);
	stderr->_fileno = err;
	close(null);
}

/* every global the runs change, as the program starts */
static void fz_reset(int etc)
{
	olen = 0;
	flags = 0;
	memset(count, 0, sizeof(count));
	memset(af, 0, sizeof(af));
	*afname = 0;
	explicit = noprot = 0;
	proc_root = fz_proc;	/* as netstat_main() sets them from PROC_ROOT */
	ns_root = 0;
	source = SOURCE_ROOT;
	netns = ns_spec = 0;
	if (diag_fd >= 0)
		close(diag_fd);
	diag_fd = -1;
	nfilter = filter_kinds = states_in = states_out = 0;
	programs_loaded = 0;
	npmap = nproc = strs_len = 0;
	nv6only = 0;
	memset(hcache, 0, sizeof(hcache));
	hnext = 0;
	rt_looked = 0;
	memset(rcol, 0, sizeof(rcol));
	nif = 0;
	st_kind = 0, st_group = 0, st_on = 0, st_prefix = 0, st_open = 0;
	igmp6 = igmp_idx = 0;
	memset(igmp_dev, 0, sizeof(igmp_dev));
	jtab = jnext = jhead = 0;
	jlen = ncol = 0;
	memset(jline, 0, sizeof(jline));
	memset(jkeys, 0, sizeof(jkeys));
	memset(jcol, 0, sizeof(jcol));
	/* the function-local ones */
	memset(FZ_LOCAL("user_name.cache"), 0, sizeof(((struct { unsigned uid; char known, name[256]; } *)0)[0]) * USER_CACHE);
	*(unsigned *)FZ_LOCAL("user_name.next") = 0;
	memset(FZ_LOCAL("rt_fib4.dst"), 0, 4);
	memset(FZ_LOCAL("rt_fib4.gw"), 0, 4);
	memset(FZ_LOCAL("rt_fib4.mask"), 0, 4);
	memset(FZ_LOCAL("rt_fib6.addr"), 0, 32);
	memset(FZ_LOCAL("st_snmp6.name"), 0, 64);
	memset(FZ_LOCAL("st_snmp6.title"), 0, 64);
	memset(FZ_LOCAL("st_snmp6.val"), 0, 8);
	*(char *)FZ_LOCAL("unix_row.has_inode") = 0;
	*(char *)FZ_LOCAL("dual_stack.told") = 0;
	*(char *)FZ_LOCAL("no_memory.told") = 0;
	if (etc) {		/* /etc/services changed: read it again */
		*(char *)FZ_LOCAL("load_services.loaded") = 0;
		nsvc = svc_used = 0;
	}
	errno = 0;
}

/* the i-th part of d[0..n) (parts separated by FZ_SEP); 0 if there is none */
static const uint8_t *fz_part(const uint8_t *d, size_t n, int i, size_t *len)
{
	const uint8_t *e = d + n, *s;

	for (;;) {
		s = memmem(d, e - d, FZ_SEP, FZ_SEP_LEN);
		if (!i--) {
			*len = (s ? s : e) - d;
			return d;
		}
		if (!s)
			return 0;
		d = s + FZ_SEP_LEN;
	}
}

/* netstat_main() on the arguments (0-terminated list; argv[0] added) */
static int fz_main(const char **args)
{
	char *argv[64];
	int argc = 0;

	argv[argc++] = "netstat";
	while (*args && argc < 63)
		argv[argc++] = (char *)*args++;
	argv[argc] = 0;
	return netstat_main(argc, argv);
}
