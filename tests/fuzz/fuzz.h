/* tests/fuzz/fuzz.h: the applet in a box, for the libFuzzer harnesses.
 * A harness includes this file instead of applet/netstat.c: it includes
 * the applet (without main) with its system calls answered here, so that
 * every run goes through the applet's own code and touches nothing:
 *
 * - files: PROC_ROOT is fz_proc, a tree that only the box has: the files
 *   and symbolic links registered with fz_file() and fz_proc_link() (and
 *   /etc's files), with the directories they imply.  openat(), read()
 *   (in pieces of fz_chunk bytes, 0: all that fits, so that the line
 *   reader's refills are fuzzed too), getdents64() and readlinkat() work
 *   on it as on /proc; anything else under /etc or /proc does not exist.
 * - sockets: sock_diag's netlink socket answers each dump request with
 *   fz_batch (the harness's netlink messages, as one recv()), then
 *   NLMSG_DONE; the -i socket answers each ioctl() with fz_ioctl_answer();
 *   a DNS query cannot connect.  write() to stdout and stderr is dropped.
 * - memory and state: each run starts as the program does, with the
 *   applet's statics (all of them, in sections of their own, so function
 *   local ones too) as they were before the first run; the descriptors the
 *   last run left are closed, and its mappings handed out again.
 *
 * fz_main() runs netstat_main() on a list of arguments (never ones that
 * reach usage(), exit() or -c).  fz_part() splits an input that holds
 * several files.  Built with clang 14 and glibc: see tests/fuzz/run.sh.
 * SPDX-License-Identifier: 0BSD */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
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

/* the applet's calls, renamed in its code only: the headers above were read */
static long fz_syscall(long nr, ...);
static ssize_t fz_read(int fd, void *b, size_t n);
static ssize_t fz_write_(int fd, const void *b, size_t n);
static int fz_close(int fd);
static int fz_socket(int family, int type, int protocol);
static ssize_t fz_send(int fd, const void *b, size_t n, int flags);
static ssize_t fz_recv(int fd, void *b, size_t n, int flags);
static int fz_connect(int fd, const struct sockaddr *a, socklen_t n);
static int fz_ioctl(int fd, unsigned long req, ...);
#define syscall fz_syscall
#define read fz_read
#define write fz_write_
#define close fz_close
#define send fz_send
#define recv fz_recv
#define connect fz_connect

#define NETSTAT_NO_MAIN
#pragma clang section bss = "netstat_bss" data = "netstat_data"
#include "../../applet/netstat.c"
#pragma clang section bss = "" data = ""

#undef syscall
#undef read
#undef write
#undef close
#undef send
#undef recv
#undef connect
#undef strlen			/* the applet's own string functions stay its own */
#undef strnlen
#undef stpcpy
#undef strcpy
#undef strcat
#undef strchr
#undef strrchr
#undef strncmp
#undef memchr
#undef getenv

#undef STATX_UID		/* the applet's, which <sys/stat.h> defines too */
#include <dirent.h>
#include <sys/stat.h>
#include <sanitizer/common_interface_defs.h>

#ifndef FZ_ROOT			/* the repository: run.sh passes it */
#define FZ_ROOT "."
#endif

#define FZ_SEP "\n~~~\n"	/* between the files of one input */
#define FZ_SEP_LEN 5

static const char fz_proc[] = "/fuzz/proc";	/* PROC_ROOT: only the box has it */

static void fz_die(const char *what)
{
	fprintf(stderr, "fuzz: %s: %s\n", what, strerror(errno));
	abort();
}

/* ---- files in memory ---- */

#define FZ_FILES 48
#define FZ_FILE_MAX 65536	/* no harness takes a longer input */
static struct fz_file {
	char path[160];
	char link;		/* a symbolic link to data */
	size_t len;
	char data[FZ_FILE_MAX];	/* a copy (no malloc: ASan's fresh pages are slow) */
} fz_files[FZ_FILES];

#define FZ_FD 4000		/* fake descriptors: FZ_FD + i */
#define FZ_FDS 16
enum { FZ_NONE, FZ_OPEN, FZ_DIR, FZ_NETLINK, FZ_INET };
static struct {
	int kind;
	struct fz_file *f;
	size_t pos;		/* a file's offset; a directory's entries listed */
	int sent;		/* netlink: 1 when a dump was asked, 2 after its batch */
	char path[160];		/* a directory's */
} fz_fds[FZ_FDS];

static size_t fz_chunk;		/* read(): at most this much at a time; 0: all */
static const uint8_t *fz_batch;	/* the netlink answer */
static size_t fz_batch_len;

static struct fz_file *fz_find(const char *path)
{
	int i;

	for (i = 0; i < FZ_FILES; i++)
		if (fz_files[i].path[0] && !strcmp(fz_files[i].path, path))
			return fz_files + i;
	return 0;
}

/* path holds d[0..n) from now on (d 0: path does not exist) */
static void fz_entry(const char *path, const void *d, size_t n, int link)
{
	struct fz_file *f = fz_find(path);
	int i;

	if (!f)
		for (i = 0; i < FZ_FILES && !f; i++)
			if (!fz_files[i].path[0])
				f = fz_files + i;
	if (!f || strlen(path) >= sizeof(f->path) || n > FZ_FILE_MAX)
		fz_die(path);
	f->len = 0;
	f->path[0] = 0;
	if (!d)
		return;
	snprintf(f->path, sizeof(f->path), "%s", path);
	memcpy(f->data, d, n);
	f->len = n;
	f->link = link;
}

static void fz_file(const char *path, const void *d, size_t n)
{
	fz_entry(path, d, n, 0);
}

/* a file of the PROC_ROOT tree: fz_proc/rel (net/tcp ...) */
static void fz_proc_write(const char *rel, const void *d, size_t n)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", fz_proc, rel);
	fz_file(p, d ? d : "", n);
}

static void fz_proc_unlink(const char *rel)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", fz_proc, rel);
	fz_file(p, 0, 0);
}

/* the /etc files the applet opens */
static const char *const fz_etc[] = { "services", "protocols", "passwd", "hosts", "networks", "resolv.conf" };
#define FZ_N_ETC 6

static void fz_etc_write(int i, const void *d, size_t n)
{
	char p[64];

	snprintf(p, sizeof(p), "/etc/%s", fz_etc[i]);
	fz_file(p, d ? d : "", n);
}

/* a whole real file, or 0 bytes */
static size_t fz_slurp(const char *path, char *b, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n = fd < 0 ? 0 : read(fd, b, size);

	if (fd >= 0)
		close(fd);
	return n > 0 ? n : 0;
}

/* fz_proc/rel, a symbolic link to target (0: none) */
static void fz_proc_link(const char *rel, const char *target)
{
	char p[256];

	snprintf(p, sizeof(p), "%s/%s", fz_proc, rel);
	fz_entry(p, target, target ? strlen(target) : 0, 1);
}

/* ---- the applet's system calls ---- */

static unsigned char fz_real_fd[1024];	/* real descriptors the applet opened */
/* its mappings; those of past runs stay mapped and are handed out again
 * (zeroed, as mmap gives them), which spares the system calls and faults */
static struct { void *p; size_t n; char used; } fz_maps[256];

static int fz_fake(int kind)
{
	int i;

	for (i = 0; i < FZ_FDS; i++)
		if (!fz_fds[i].kind) {
			memset(&fz_fds[i], 0, sizeof(fz_fds[i]));
			fz_fds[i].kind = kind;
			return FZ_FD + i;
		}
	errno = EMFILE;
	return -1;
}

#define FZ_SLOT(fd) ((unsigned)(fd) - FZ_FD < FZ_FDS && fz_fds[(fd) - FZ_FD].kind ? &fz_fds[(fd) - FZ_FD] : 0)

static void fz_map(void *old, void *p, size_t n)
{
	int i, swept = 0;

again:
	for (i = 0; i < 256; i++)
		if (fz_maps[i].p == old) {
			fz_maps[i].p = p;
			fz_maps[i].n = n;
			fz_maps[i].used = 1;
			return;
		}
	if (old || swept++)
		fz_die("more than 256 mappings in one run, or an unknown one grown");
	for (i = 0; i < 256; i++)	/* full: what past runs left goes */
		if (fz_maps[i].p && !fz_maps[i].used) {
			munmap(fz_maps[i].p, fz_maps[i].n);
			fz_maps[i].p = 0;
		}
	goto again;
}

/* a mapping of n bytes left by a past run, zeroed; 0 if none */
static void *fz_reuse(size_t n)
{
	int i;

	for (i = 0; i < 256; i++)
		if (fz_maps[i].p && !fz_maps[i].used && fz_maps[i].n == n) {
			fz_maps[i].used = 1;
			memset(fz_maps[i].p, 0, n);
			return fz_maps[i].p;
		}
	return 0;
}

/* the tree: /etc, /proc (never the host's) and fz_proc are the box's */
static int fz_boxed(const char *path)
{
	return !strncmp(path, "/etc/", 5) || !strncmp(path, "/proc", 5) || !strncmp(path, fz_proc, strlen(fz_proc));
}

/* whether path is a directory of the tree: fz_proc, or where entries are */
static int fz_is_dir(const char *path)
{
	size_t k = strlen(path);
	int i;

	if (!strcmp(path, fz_proc))
		return 1;
	for (i = 0; i < FZ_FILES; i++)
		if (fz_files[i].path[0] && !strncmp(fz_files[i].path, path, k) && fz_files[i].path[k] == '/')
			return 1;
	return 0;
}

/* dir/rel, or rel where dir is AT_FDCWD; 0 when dir is not the box's */
static const char *fz_at(char *buf, long dir, const char *rel)
{
	typeof(fz_fds[0]) *s = FZ_SLOT(dir);

	if ((int)dir == AT_FDCWD)
		return rel;
	if (!s || s->kind != FZ_DIR)
		return 0;
	snprintf(buf, 512, "%s/%s", s->path, rel);
	return buf;
}

static long fz_openat(const char *path, long flags)
{
	struct fz_file *f = fz_find(path);
	int fd;

	if (f && !f->link && !(flags & O_DIRECTORY)) {
		if ((fd = fz_fake(FZ_OPEN)) >= 0)
			fz_fds[fd - FZ_FD].f = f;
		return fd;
	}
	if (!f && fz_is_dir(path)) {
		if ((fd = fz_fake(FZ_DIR)) >= 0)
			snprintf(fz_fds[fd - FZ_FD].path, sizeof(fz_fds[0].path), "%s", path);
		return fd;
	}
	errno = f ? ENOTDIR : ENOENT;	/* the links name sockets, which are not opened */
	return -1;
}

/* whether entry j is under directory d (k bytes) with the child name[0..len) */
static int fz_child(int j, const char *d, size_t k, const char *name, size_t len)
{
	const char *p = fz_files[j].path;

	return p[0] && !strncmp(p, d, k) && p[k] == '/' && !strncmp(p + k + 1, name, len)
	    && (p[k + 1 + len] == '/' || !p[k + 1 + len]);
}

/* getdents64(): each name directly under the directory, once */
static long fz_getdents(typeof(fz_fds[0]) *s, char *buf, size_t size)
{
	size_t k = strlen(s->path), at = 0, nth = 0, len, rec;
	const char *name, *end;
	int i, j, seen;

	for (i = 0; i < FZ_FILES; i++) {
		if (!fz_files[i].path[0] || strncmp(fz_files[i].path, s->path, k) || fz_files[i].path[k] != '/')
			continue;
		name = fz_files[i].path + k + 1;
		len = (end = strchr(name, '/')) ? (size_t)(end - name) : strlen(name);
		for (seen = j = 0; j < i && !seen; j++)	/* a name listed before */
			seen = fz_child(j, s->path, k, name, len);
		if (seen || nth++ < s->pos)
			continue;
		rec = (19 + len + 1 + 7) & ~(size_t)7;
		if (at + rec > size)
			break;
		memset(buf + at, 0, rec);
		*(uint64_t *)(buf + at) = 1000 + nth;
		*(uint16_t *)(buf + at + 16) = rec;
		buf[at + 18] = end ? DT_DIR : fz_files[i].link ? DT_LNK : DT_REG;
		memcpy(buf + at + 19, name, len);
		at += rec;
		s->pos++;
	}
	return at;
}

/* no ASan: it reads six arguments where the applet passed fewer */
__attribute__((no_sanitize("address"))) static long fz_syscall(long nr, ...)
{
	typeof(fz_fds[0]) *s;
	char buf[512];
	const char *path;
	struct fz_file *f;
	size_t k;
	long a[6];
	va_list ap;
	int i;

	va_start(ap, nr);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	switch (nr) {
	case SYS_openat:
		if ((path = fz_at(buf, a[0], (const char *)a[1])) && fz_boxed(path))
			return fz_openat(path, a[2]);
		break;
	case SYS_readlinkat:
		if ((path = fz_at(buf, a[0], (const char *)a[1])) && fz_boxed(path)) {
			if (!(f = fz_find(path)) || !f->link) {
				errno = f ? EINVAL : ENOENT;
				return -1;
			}
			k = f->len < (size_t)a[3] ? f->len : (size_t)a[3];
			memcpy((char *)a[2], f->data, k);
			return k;
		}
		break;
	case SYS_statx:
		if ((path = fz_at(buf, a[0], (const char *)a[1])) && fz_boxed(path)) {
			errno = ENOENT;	/* no owner to tell */
			return -1;
		}
		break;
	case SYS_getdents64:
		if ((s = FZ_SLOT(a[0]))) {
			if (s->kind == FZ_DIR)
				return fz_getdents(s, (char *)a[1], a[2]);
			errno = ENOTDIR;
			return -1;
		}
		break;
	case SYS_socket:	/* the applet makes these by syscall() */
		return fz_socket(a[0], a[1], a[2]);
	case SYS_ioctl:
		return fz_ioctl(a[0], a[1], (void *)a[2]);
	case SYS_mmap:
		if (!a[0] && (int)a[4] == -1) {
			void *p = fz_reuse(a[1]);
			if (p)
				return (long)p;
		}
		break;
	}
	{
		long r = syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);

		if (nr == SYS_openat && r >= 0 && r < 1024)
			fz_real_fd[r] = 1;
		if (nr == SYS_mmap && r != -1)
			fz_map(0, (void *)r, a[1]);
		if (nr == SYS_mremap && r != -1)
			fz_map((void *)a[0], (void *)r, a[2]);
		return r;
	}
}

static ssize_t fz_read(int fd, void *b, size_t n)
{
	typeof(fz_fds[0]) *s = FZ_SLOT(fd);
	size_t k;

	if (!s)
		return read(fd, b, n);
	if (s->kind != FZ_OPEN) {
		errno = EINVAL;
		return -1;
	}
	k = s->f->len - s->pos;
	if (k > n)
		k = n;
	if (fz_chunk && k > fz_chunk)
		k = fz_chunk;
	memcpy(b, s->f->data + s->pos, k);
	s->pos += k;
	return k;
}

static ssize_t fz_write_(int fd, const void *b, size_t n)
{
	if (fd == 1 || fd == 2)
		return n;
	return write(fd, b, n);
}

static int fz_close(int fd)
{
	typeof(fz_fds[0]) *s = FZ_SLOT(fd);

	if (s) {
		s->kind = FZ_NONE;
		return 0;
	}
	if (fd >= 0 && fd < 1024)
		fz_real_fd[fd] = 0;
	return close(fd);
}

static int fz_socket(int family, int type, int protocol)
{
	return fz_fake(family == AF_NETLINK ? FZ_NETLINK : FZ_INET);
}

static ssize_t fz_send(int fd, const void *b, size_t n, int flags)
{
	typeof(fz_fds[0]) *s = FZ_SLOT(fd);

	if (!s || s->kind != FZ_NETLINK) {
		errno = ENOTCONN;
		return -1;
	}
	s->sent = 1;
	return n;
}

static ssize_t fz_recv(int fd, void *b, size_t n, int flags)
{
	typeof(fz_fds[0]) *s = FZ_SLOT(fd);
	struct nl_header done = { sizeof(done) + 4, NLMSG_DONE, 0, 0, 0 };

	if (!s || s->kind != FZ_NETLINK || !s->sent) {
		errno = EAGAIN;
		return -1;
	}
	if (s->sent == 1) {	/* the batch; with MSG_TRUNC its whole length */
		s->sent = 2;
		memcpy(b, fz_batch, fz_batch_len < n ? fz_batch_len : n);
		return fz_batch_len;
	}
	s->sent = 0;
	if (n < sizeof(done) + 4)
		return 0;
	memcpy(b, &done, sizeof(done));
	memset((char *)b + sizeof(done), 0, 4);
	return sizeof(done) + 4;
}

static int fz_connect(int fd, const struct sockaddr *a, socklen_t n)
{
	errno = ECONNREFUSED;	/* no DNS server answers */
	return -1;
}

/* the -i socket's answers: fz-iface sets it */
static int (*fz_ioctl_answer)(unsigned long req, void *arg);

static int fz_ioctl(int fd, unsigned long req, ...)
{
	typeof(fz_fds[0]) *s = FZ_SLOT(fd);
	va_list ap;
	void *arg;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	if (!s || s->kind != FZ_INET || !fz_ioctl_answer) {
		errno = ENOTTY;
		return -1;
	}
	return fz_ioctl_answer(req, arg);
}

/* ---- each run as the program starts ---- */

extern char __start_netstat_data[], __stop_netstat_data[];
extern char __start_netstat_bss[], __stop_netstat_bss[];
static char *fz_data0;	/* the applet's data before the first run */

/* copies without ASan's checks: the sections hold the globals' redzones */
__attribute__((no_sanitize("address", "undefined"))) static void fz_copy(volatile char *d,
	const volatile char *s, size_t n)
{
#ifdef __x86_64__	/* a tenth of fuzz-procs' time went to the loop below */
	void *dp = (void *)d;
	const void *sp = (const void *)s;

	if (sp)
		__asm__ volatile("rep movsb" : "+D"(dp), "+S"(sp), "+c"(n) : : "memory");
	else
		__asm__ volatile("rep stosb" : "+D"(dp), "+c"(n) : "a"(0) : "memory");
#endif
	for (; n >= 8; n -= 8, d += 8, s += s ? 8 : 0)
		*(volatile uint64_t *)d = s ? *(const volatile uint64_t *)s : 0;
	for (; n; n--)
		*d++ = s ? *s++ : 0;
}

/* every run starts where the program does: statics, mappings, descriptors */
static void fz_reset(int unused)
{
	int i;

	(void)unused;
	for (i = 0; i < 256; i++)
		fz_maps[i].used = 0;
	for (i = 3; i < 1024; i++)
		if (fz_real_fd[i]) {
			close(i);
			fz_real_fd[i] = 0;
		}
	for (i = 0; i < FZ_FDS; i++)
		fz_fds[i].kind = FZ_NONE;
	fz_copy(__start_netstat_data, fz_data0, __stop_netstat_data - __start_netstat_data);
	fz_copy(__start_netstat_bss, 0, __stop_netstat_bss - __start_netstat_bss);
	proc_root = fz_proc;	/* as netstat_main() sets it from PROC_ROOT */
	fz_chunk = 0;
	errno = 0;
}

/* read() hands out files in pieces of a size the input picks (byte b:
 * below 128 all at once, else 1 to 1024 bytes) */
static void fz_pieces(uint8_t b)
{
	fz_chunk = b < 128 ? 0 : (size_t)(b - 127) * (b - 127) / 16 + 1;
}

static void fz_init(void)
{
	static char b[65536];
	char from[512];
	size_t n = __stop_netstat_data - __start_netstat_data;
	int i;

	if ((uintptr_t)__start_netstat_data % 8 || (uintptr_t)__start_netstat_bss % 8)
		fz_die("the applet's sections are not aligned");
	fz_data0 = malloc(n + 1);
	fz_copy(fz_data0, __start_netstat_data, n);
	setenv("PROC_ROOT", fz_proc, 1);
	setenv("NETSTAT_SOURCE", "proc", 1);
	for (i = 0; i < FZ_N_ETC; i++) {	/* the fixtures' /etc; no DNS server */
		snprintf(from, sizeof(from), "%s/tests/fixtures/etc/%s", FZ_ROOT, fz_etc[i]);
		n = i == 5 ? 0 : fz_slurp(from, b, sizeof(b));
		fz_etc_write(i, i == 5 ? "nameserver 127.0.0.1\n" : b, i == 5 ? 21 : n);
	}
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

/* file[0..k) of PROC_ROOT hold the parts of d[0..n), in order; where
 * the input has fewer parts, the rest do not exist */
static void fz_proc_parts(const char *const *file, int k, const uint8_t *d, size_t n)
{
	const uint8_t *p;
	size_t len;
	int i;

	for (i = 0; i < k; i++)
		if ((p = fz_part(d, n, i, &len)))
			fz_proc_write(file[i], p, len);
		else
			fz_proc_unlink(file[i]);
}

/* args[a..]: opt[i] for each bit i of b; the new a */
static int fz_flags(const char **args, int a, const char *const *opt, uint8_t b)
{
	int i;

	for (i = 0; i < 8; i++)
		if (b >> i & 1)
			args[a++] = opt[i];
	return a;
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
