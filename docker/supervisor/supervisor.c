/*
 * Tryout in-container supervisor.
 *
 * Runs as the container's PID 1 (no docker-init): it is then the reaper of every orphan, user
 * code cannot signal it (the kernel drops signals to a pid-namespace init that has no handler,
 * SIGKILL/SIGSTOP included), and it is non-dumpable so /proc/1/{fd,mem,environ} stay closed to
 * the candidate's processes, which share its uid. It also works as a non-init child (subreaper).
 *
 * Protocol (both directions): frames of [u8 type][u32 BE length][payload].
 *   host -> us: 'J' job header, 'T' test, 'A' abort (stop after the current test), 'Z' end of job.
 *   us -> host: 'R' ready (JSON), 'O'/'E'/'F' stdout/stderr/fd3 chunks of the running process,
 *               'C' collected file ([u32 index][bytes]), 'X' process result (JSON),
 *               'D' job done (JSON), 'L' log line.
 * Binary encodings (all integers u32 BE; str/blob = u32 length + bytes):
 *   limits = cpuMs wallMs memoryKb outputBytes
 *   cmd    = u32 argc, argc x str, u32 envc, envc x str ("K=V")
 *   file   = str path, u32 mode, blob content
 *   J      = u32 nfiles, files, u8 hasCompile, [cmd limits], cmd (run), u32 ntests, u8 keepServer
 *   T      = u32 index, limits, u8 hasArgv, [u32 argc, strs], blob stdin, u32 nfiles, files,
 *            u32 ncollect, strs
 * Every process (compile step or test) runs as a fresh process tree in /work; when it ends or
 * hits a limit, everything else in the container is SIGKILLed and reaped before the result is
 * sent, so nothing survives into the next test. /work and /tmp are snapshotted into our memory
 * once the compile step is done and restored before every later test, so no file survives
 * either. Memory is the tree's RSS plus what it added to /work and /tmp (tmpfs pages are RAM).
 *
 * keepServer (SQL dialects only: the candidate's code is a statement run by a server, never a
 * process of its own): the processes a successful compile step leaves behind are the job's server.
 * They and their descendants are spared by the kill after each test and left out of its
 * measurements; the server keeps its files on its own tmpfs (SERVICE_DIR), which is neither
 * snapshotted nor counted. At the end of the job the server is asked to stop, then everything is
 * killed and SERVICE_DIR wiped, as for any job.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <sched.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

#define WORK_DIR "/work"
#define TMP_DIR "/tmp"
#define SERVICE_DIR "/srv"
#define MAX_SERVICE 64
#define SERVICE_STOP_MS 3000
#define STDERR_CAP (64 * 1024)
#define RESULT_CAP (16 * 1024 * 1024)
#define COLLECT_CAP (1024 * 1024)
#define MAX_FRAME (1024u * 1024u * 1024u)
#define TICK_MS 5
#define WAIT_READ_MS 50
/* Elapsed time never exceeds the wall limit × this, whatever the wait for a CPU (keep in sync with
 * WALL_HARD_STOP_FACTOR in libs/sandbox/src/supervisor-protocol.util.ts: the host's watchdog). */
#define WALL_HARD_STOP 4
#define KILL_GRACE_MS 5000
#define MAX_WIPE_DEPTH 64

extern char **environ;

/* ---------- small helpers ---------- */

static int64_t now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static uint32_t rd_be32(const uint8_t *p) {
  return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static void wr_be32(uint8_t *p, uint32_t v) {
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) _exit(70);
  return p;
}

/* ---------- output frames (blocking writes to fd 1) ---------- */

static void write_all(int fd, const void *buf, size_t len) {
  const uint8_t *p = buf;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd pfd = {.fd = fd, .events = POLLOUT};
        poll(&pfd, 1, 1000);
        continue;
      }
      _exit(0); /* host went away: exiting (as init) kills the whole container */
    }
    p += n;
    len -= (size_t)n;
  }
}

static void emit2(char type, const void *a, uint32_t alen, const void *b, uint32_t blen) {
  uint8_t hdr[5];
  hdr[0] = (uint8_t)type;
  wr_be32(hdr + 1, alen + blen);
  struct iovec iov[3] = {{hdr, 5}, {(void *)a, alen}, {(void *)b, blen}};
  size_t total = 5 + (size_t)alen + blen;
  ssize_t n = writev(1, iov, 3);
  if (n == (ssize_t)total) return;
  if (n < 0) n = 0;
  /* Partial write: finish it piecewise. */
  size_t off = (size_t)n;
  for (int i = 0; i < 3; i++) {
    if (off >= iov[i].iov_len) {
      off -= iov[i].iov_len;
      continue;
    }
    write_all(1, (uint8_t *)iov[i].iov_base + off, iov[i].iov_len - off);
    off = 0;
  }
}

static void emit(char type, const void *data, uint32_t len) { emit2(type, data, len, NULL, 0); }

static void logf_(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if (n >= (int)sizeof buf) n = sizeof buf - 1;
  emit('L', buf, (uint32_t)n);
}

/* JSON string escaping for our own messages. */
static void json_str(char *out, size_t cap, const char *s) {
  size_t o = 0;
  if (cap < 3) return;
  out[o++] = '"';
  for (; *s && o + 8 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      out[o++] = '\\';
      out[o++] = (char)c;
    } else if (c < 0x20 || c >= 0x7f) {
      o += (size_t)snprintf(out + o, cap - o, "\\u%04x", c);
    } else {
      out[o++] = (char)c;
    }
  }
  out[o++] = '"';
  out[o] = 0;
}

/* ---------- input frames (stdin, non-blocking, buffered) ---------- */

static uint8_t *inbuf;
static size_t inlen, incap;
static int in_eof;

static void pump_stdin(void) {
  for (;;) {
    if (incap - inlen < 65536) {
      incap = incap ? incap * 2 : 1 << 20;
      inbuf = realloc(inbuf, incap);
      if (!inbuf) _exit(70);
    }
    ssize_t n = read(0, inbuf + inlen, incap - inlen);
    if (n > 0) {
      inlen += (size_t)n;
      continue;
    }
    if (n == 0) in_eof = 1;
    else if (errno == EINTR) continue;
    else if (errno != EAGAIN) in_eof = 1;
    return;
  }
}

/* Is a complete frame at offset `off`? Returns its total size or 0. */
static size_t frame_at(size_t off) {
  if (inlen - off < 5) return 0;
  uint32_t len = rd_be32(inbuf + off + 1);
  if (len > MAX_FRAME) {
    logf_("frame too large");
    _exit(65);
  }
  if (inlen - off - 5 < len) return 0;
  return 5 + (size_t)len;
}

/* Blocks until a whole frame is buffered; returns a malloc'd copy of its payload. */
static uint8_t *next_frame(char *type, uint32_t *len) {
  for (;;) {
    size_t total = frame_at(0);
    if (total) {
      *type = (char)inbuf[0];
      *len = (uint32_t)(total - 5);
      uint8_t *copy = xmalloc(*len);
      memcpy(copy, inbuf + 5, *len);
      memmove(inbuf, inbuf + total, inlen - total);
      inlen -= total;
      return copy;
    }
    if (in_eof) _exit(0); /* host detached: exiting as init kills everything left */
    struct pollfd pfd = {.fd = 0, .events = POLLIN};
    poll(&pfd, 1, -1);
    pump_stdin();
  }
}

/* An abort frame anywhere in the buffer (frames are processed in order, so look ahead). */
static int abort_pending(void) {
  pump_stdin();
  size_t off = 0, total;
  while ((total = frame_at(off))) {
    if (inbuf[off] == 'A') return 1;
    off += total;
  }
  return 0;
}

/* ---------- payload decoding ---------- */

typedef struct {
  const uint8_t *p, *end;
  int err;
} cur_t;

static uint32_t cu32(cur_t *c) {
  if (c->end - c->p < 4) {
    c->err = 1;
    return 0;
  }
  uint32_t v = rd_be32(c->p);
  c->p += 4;
  return v;
}

static uint8_t cu8(cur_t *c) {
  if (c->end - c->p < 1) {
    c->err = 1;
    return 0;
  }
  return *c->p++;
}

static const uint8_t *cblob(cur_t *c, uint32_t *len) {
  *len = cu32(c);
  if (c->err || (size_t)(c->end - c->p) < *len) {
    c->err = 1;
    *len = 0;
    return NULL;
  }
  const uint8_t *b = c->p;
  c->p += *len;
  return b;
}

static char *cstr(cur_t *c) {
  uint32_t len;
  const uint8_t *b = cblob(c, &len);
  if (!b) return NULL;
  if (memchr(b, 0, len)) {
    c->err = 1;
    return NULL;
  }
  char *s = xmalloc(len + 1);
  memcpy(s, b, len);
  s[len] = 0;
  return s;
}

static char **cstrs(cur_t *c, uint32_t n) {
  if (n > 4096) {
    c->err = 1;
    return NULL;
  }
  char **v = xmalloc(sizeof(char *) * (n + 1));
  for (uint32_t i = 0; i < n; i++) v[i] = cstr(c);
  v[n] = NULL;
  if (c->err) return NULL;
  return v;
}

typedef struct {
  uint32_t cpu_ms, wall_ms, mem_kb, out_bytes;
} limits_t;

static void climits(cur_t *c, limits_t *l) {
  l->cpu_ms = cu32(c);
  l->wall_ms = cu32(c);
  l->mem_kb = cu32(c);
  l->out_bytes = cu32(c);
}

typedef struct {
  char **argv;
  char **env;
} cmd_t;

static int ccmd(cur_t *c, cmd_t *cmd) {
  cmd->argv = cstrs(c, cu32(c));
  if (c->err || !cmd->argv || !cmd->argv[0]) return -1;
  cmd->env = cstrs(c, cu32(c));
  return c->err ? -1 : 0;
}

/* ---------- file system inside /work (never following symlinks) ---------- */

static int workfd = -1;

static int safe_relpath(const char *p) {
  if (!*p || *p == '/' || strlen(p) > 1024) return 0;
  const char *s = p;
  while (*s) {
    const char *e = strchr(s, '/');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    if (n == 0 || (n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.')) return 0;
    if (!e) break;
    s = e + 1;
    if (!*s) return 0;
  }
  return 1;
}

static int wipe_dir(int dfd, int depth);

/* Root of the tree being wiped; a subtree deeper than MAX_WIPE_DEPTH is moved up to it (one
 * more pass then), so any depth the candidate builds is wiped with a bounded number of fds. */
static int wipe_root = -1;
static int wipe_again;
static unsigned wipe_seq;

/* Removes whatever is at dfd/name (file, symlink or directory tree). */
static int remove_entry(int dfd, const char *name, int depth) {
  if (unlinkat(dfd, name, 0) == 0 || errno == ENOENT) return 0;
  if (errno != EISDIR && errno != EPERM && errno != EACCES) return -1;
  fchmodat(dfd, name, 0700, 0);
  if (depth >= MAX_WIPE_DEPTH) {
    char moved[48];
    snprintf(moved, sizeof moved, ".tryout-wipe-%u", wipe_seq++);
    if (wipe_root < 0 || renameat(dfd, name, wipe_root, moved)) return -1;
    wipe_again = 1;
    return 0;
  }
  int sub = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (sub < 0) return -1;
  int rc = wipe_dir(sub, depth + 1);
  close(sub);
  if (rc) return rc;
  return unlinkat(dfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT ? 0 : -1;
}

/* Removes everything inside dfd. */
static int wipe_dir(int dfd, int depth) {
  fchmod(dfd, 0700);
  int dup_fd = fcntl(dfd, F_DUPFD_CLOEXEC, 0);
  if (dup_fd < 0) return -1;
  DIR *d = fdopendir(dup_fd);
  if (!d) {
    close(dup_fd);
    return -1;
  }
  rewinddir(d); /* the duplicate shares the directory offset of earlier walks */
  int rc = 0;
  struct dirent *de;
  for (;;) {
    errno = 0;
    de = readdir(d);
    if (!de) break;
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    /* An empty directory (a build cache has hundreds) goes in one call. */
    if (de->d_type == DT_DIR && unlinkat(dfd, de->d_name, AT_REMOVEDIR) == 0) continue;
    if (remove_entry(dfd, de->d_name, depth)) rc = -1;
  }
  closedir(d);
  return rc;
}

/* Empties the directory rootfd, whatever its depth. 0 when it is empty. */
static int wipe_tree(int rootfd) {
  int saved = wipe_root, rc = -1;
  wipe_root = rootfd;
  for (int pass = 0; pass < 1 << 16; pass++) {
    wipe_again = 0;
    rc = wipe_dir(rootfd, 0);
    if (!wipe_again) break;
    rc = -1;
  }
  wipe_root = saved;
  return rc;
}

/* Opens the parent directory of rel (creating directories), returns fd and sets *base. */
static int open_parent(const char *rel, const char **base, int create) {
  int dfd = fcntl(workfd, F_DUPFD_CLOEXEC, 0);
  const char *s = rel;
  char part[256];
  for (;;) {
    const char *e = strchr(s, '/');
    if (!e) {
      *base = s;
      return dfd;
    }
    size_t n = (size_t)(e - s);
    if (n >= sizeof part) {
      close(dfd);
      return -1;
    }
    memcpy(part, s, n);
    part[n] = 0;
    int sub = openat(dfd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sub < 0 && create) {
      /* Something else (a planted symlink or file) is in the way: it is the candidate's own. */
      if (errno != ENOENT) remove_entry(dfd, part, 0);
      mkdirat(dfd, part, 0755);
      sub = openat(dfd, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    close(dfd);
    if (sub < 0) return -1;
    dfd = sub;
    s = e + 1;
  }
}

static int write_file(const char *rel, uint32_t mode, const uint8_t *data, uint32_t len) {
  if (!safe_relpath(rel)) return -1;
  const char *base;
  int dfd = open_parent(rel, &base, 1);
  if (dfd < 0) return -1;
  int fd = openat(dfd, base, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode & 0777);
  if (fd < 0) {
    remove_entry(dfd, base, 0);
    fd = openat(dfd, base, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode & 0777);
  }
  if (fd < 0) {
    close(dfd);
    return -1;
  }
  fchmod(fd, mode & 0777);
  size_t off = 0;
  while (off < len) {
    ssize_t n = write(fd, data + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      close(fd);
      close(dfd);
      return -1;
    }
    off += (size_t)n;
  }
  close(fd);
  close(dfd);
  return 0;
}

static void remove_file(const char *rel) {
  if (!safe_relpath(rel)) return;
  const char *base;
  int dfd = open_parent(rel, &base, 0);
  if (dfd < 0) return;
  remove_entry(dfd, base, 0);
  close(dfd);
}

/* Sends a regular file (no symlinks anywhere on the path) back as a 'C' frame. */
static void collect_file(uint32_t index, const char *rel) {
  if (!safe_relpath(rel)) return;
  const char *base;
  int dfd = open_parent(rel, &base, 0);
  if (dfd < 0) return;
  int fd = openat(dfd, base, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  close(dfd);
  if (fd < 0) return;
  struct stat st;
  if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
    close(fd);
    return;
  }
  uint8_t *buf = xmalloc(COLLECT_CAP + 4);
  wr_be32(buf, index);
  size_t got = 0;
  while (got < COLLECT_CAP) {
    ssize_t n = read(fd, buf + 4 + got, COLLECT_CAP - got);
    if (n <= 0) break;
    got += (size_t)n;
  }
  close(fd);
  emit('C', buf, (uint32_t)(4 + got));
  free(buf);
}

/* ---------- clean state per test: snapshot of /work and /tmp after the compile step ---------- */

/*
 * The post-compile trees live in our memory (the candidate cannot read or write it: we are not
 * dumpable) and are written back before every test but the first, after wiping whatever the
 * previous test left. Restoring everything is cheaper than proving nothing changed: a write
 * through a shared mapping of a tmpfs file changes neither mtime nor ctime.
 * Entries are in pre-order; a directory's subtree is [its index + 1, end).
 */
typedef struct {
  char *name;
  uint8_t *data; /* file content or symlink target */
  size_t len;
  mode_t mode;   /* type and permission bits */
  struct timespec times[2];
  uint32_t depth, end;
} snap_ent_t;

typedef struct {
  snap_ent_t *e;
  uint32_t n, cap;
  mode_t root_mode;
  struct timespec root_times[2];
} snap_t;

static snap_t snaps[2]; /* /work, /tmp */
/* The last restore's cost (elapsed, and our CPU time: what it costs on a quiet host), reported
 * with the next result. */
static int64_t restore_us, restore_cpu_us;

static int64_t cpu_now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
static int tmpfd = -1;
static int snapshot_taken;

static void snap_free(snap_t *s) {
  for (uint32_t i = 0; i < s->n; i++) {
    free(s->e[i].name);
    free(s->e[i].data);
  }
  free(s->e);
  memset(s, 0, sizeof *s);
}

static int read_whole(int fd, uint8_t **out, size_t *len) {
  size_t cap = 65536, n = 0;
  uint8_t *buf = xmalloc(cap);
  for (;;) {
    if (n == cap) {
      cap *= 2;
      uint8_t *nb = realloc(buf, cap);
      if (!nb) _exit(70);
      buf = nb;
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      free(buf);
      return -1;
    }
    if (r == 0) break;
    n += (size_t)r;
  }
  *out = buf;
  *len = n;
  return 0;
}

static int snap_dir(snap_t *s, int dfd, uint32_t depth) {
  if (depth >= MAX_WIPE_DEPTH) return -1;
  int dup_fd = fcntl(dfd, F_DUPFD_CLOEXEC, 0);
  if (dup_fd < 0) return -1;
  DIR *d = fdopendir(dup_fd);
  if (!d) {
    close(dup_fd);
    return -1;
  }
  rewinddir(d);
  int rc = 0;
  struct dirent *de;
  while (rc == 0 && (de = readdir(d))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    struct stat st;
    if (fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW)) {
      rc = -1;
      break;
    }
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) && !S_ISLNK(st.st_mode) && !S_ISFIFO(st.st_mode))
      continue; /* a socket or device cannot be carried over; nothing the compile step needs */
    if (s->n == s->cap) {
      s->cap = s->cap ? s->cap * 2 : 64;
      snap_ent_t *ne = realloc(s->e, sizeof *ne * s->cap);
      if (!ne) _exit(70);
      s->e = ne;
    }
    uint32_t i = s->n++;
    snap_ent_t *e = &s->e[i];
    memset(e, 0, sizeof *e);
    e->name = strdup(de->d_name);
    if (!e->name) _exit(70);
    e->mode = st.st_mode;
    e->times[0] = st.st_atim;
    e->times[1] = st.st_mtim;
    e->depth = depth;
    e->end = i + 1;
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) {
      int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (S_ISDIR(st.st_mode) ? O_DIRECTORY : O_NONBLOCK);
      int fd = openat(dfd, de->d_name, flags);
      if (fd < 0 && errno == EACCES) { /* ours: unreadable only by its mode, restored as it was */
        fchmodat(dfd, de->d_name, S_ISDIR(st.st_mode) ? 0700 : 0600, 0);
        fd = openat(dfd, de->d_name, flags);
        fchmodat(dfd, de->d_name, st.st_mode & 07777, 0);
      }
      if (fd < 0) {
        rc = -1;
        break;
      }
      if (S_ISREG(st.st_mode)) rc = read_whole(fd, &e->data, &e->len);
      else rc = snap_dir(s, fd, depth + 1);
      close(fd);
      s->e[i].end = s->n; /* s->e may have moved */
    } else if (S_ISLNK(st.st_mode)) {
      size_t cap = (size_t)st.st_size + 1 > 256 ? (size_t)st.st_size + 1 : 256;
      e->data = xmalloc(cap);
      ssize_t n = readlinkat(dfd, de->d_name, (char *)e->data, cap);
      if (n < 0 || (size_t)n >= cap) rc = -1;
      else e->len = (size_t)n;
    }
  }
  closedir(d);
  return rc;
}

static int snap_take(snap_t *s, int rootfd) {
  struct stat st;
  if (fstat(rootfd, &st)) return -1;
  s->root_mode = st.st_mode;
  s->root_times[0] = st.st_atim;
  s->root_times[1] = st.st_mtim;
  return snap_dir(s, rootfd, 0);
}

static int write_fully(int fd, const uint8_t *p, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

/* Recreates entries [i, end) in dfd (which we just wiped: nothing of the candidate's is in it). */
static int snap_restore_range(const snap_t *s, int dfd, uint32_t i, uint32_t end) {
  while (i < end) {
    const snap_ent_t *e = &s->e[i];
    mode_t perm = e->mode & 07777;
    if (S_ISDIR(e->mode) && e->end == i + 1) { /* empty: no fd needed */
      if (mkdirat(dfd, e->name, 0700) || fchmodat(dfd, e->name, perm, 0) ||
          utimensat(dfd, e->name, e->times, AT_SYMLINK_NOFOLLOW))
        return -1;
      i++;
      continue;
    }
    if (S_ISDIR(e->mode)) {
      if (mkdirat(dfd, e->name, 0700)) return -1;
      int sub = openat(dfd, e->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub < 0) return -1;
      int rc = snap_restore_range(s, sub, i + 1, e->end);
      /* Mode and times last: children change the mtime, and 0555 would refuse them. */
      if (!rc && (fchmod(sub, perm) || futimens(sub, e->times))) rc = -1;
      close(sub);
      if (rc) return rc;
      i = e->end;
      continue;
    }
    if (S_ISREG(e->mode)) {
      int fd = openat(dfd, e->name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (fd < 0) return -1;
      int rc = write_fully(fd, e->data, e->len) || fchmod(fd, perm) || futimens(fd, e->times) ? -1 : 0;
      close(fd);
      if (rc) return rc;
    } else if (S_ISLNK(e->mode)) {
      char *target = xmalloc(e->len + 1);
      memcpy(target, e->data, e->len);
      target[e->len] = 0;
      int rc = symlinkat(target, dfd, e->name);
      free(target);
      if (rc || utimensat(dfd, e->name, e->times, AT_SYMLINK_NOFOLLOW)) return -1;
    } else if (S_ISFIFO(e->mode)) {
      if (mkfifoat(dfd, e->name, 0600) || fchmodat(dfd, e->name, perm, 0) ||
          utimensat(dfd, e->name, e->times, AT_SYMLINK_NOFOLLOW))
        return -1;
    }
    i++;
  }
  return 0;
}

/* Extended attributes on the mount's root (which cannot be replaced) are removed one by one. */
static int clear_root_xattrs(int rootfd) {
  char names[4096];
  ssize_t n = flistxattr(rootfd, names, sizeof names);
  if (n < 0) return errno == ENOTSUP ? 0 : -1;
  for (ssize_t off = 0; off < n; off += (ssize_t)strlen(names + off) + 1)
    if (fremovexattr(rootfd, names + off)) return -1;
  return flistxattr(rootfd, NULL, 0) > 0 ? -1 : 0;
}

/* Wipes a tree and writes its snapshot back (fails closed: -1 means the state is unknown). */
static int snap_restore(const snap_t *s, int rootfd) {
  if (fchmod(rootfd, 0700) || clear_root_xattrs(rootfd) || wipe_tree(rootfd)) return -1;
  if (snap_restore_range(s, rootfd, 0, s->n)) return -1;
  return fchmod(rootfd, s->root_mode & 07777) || futimens(rootfd, s->root_times) ? -1 : 0;
}

static int snapshot_all(void) {
  snap_free(&snaps[0]);
  snap_free(&snaps[1]);
  snapshot_taken = 0;
  if (snap_take(&snaps[0], workfd) || (tmpfd >= 0 && snap_take(&snaps[1], tmpfd))) return -1;
  snapshot_taken = 1;
  return 0;
}

static int restore_all(void) {
  if (!snapshot_taken) return -1;
  if (snap_restore(&snaps[0], workfd)) return -1;
  return tmpfd >= 0 ? snap_restore(&snaps[1], tmpfd) : 0;
}

/* ---------- measurements ---------- */

/* KB in use on /work and /tmp together: what files hold in RAM (tmpfs pages). */
static int64_t tmpfs_used_kb(void) {
  int64_t kb = 0;
  int fds[2] = {workfd, tmpfd};
  for (int i = 0; i < 2; i++) {
    struct statfs sf;
    if (fds[i] >= 0 && fstatfs(fds[i], &sf) == 0)
      kb += (int64_t)(sf.f_blocks - sf.f_bfree) * (int64_t)sf.f_bsize / 1024;
  }
  return kb;
}

/*
 * Time (us) the main process waited runnable for a CPU: host load, not the program's doing. The
 * largest over its threads (a JVM's launcher thread only joins the Java main thread). A program
 * cannot inflate it cheaply: a runnable thread waits only while another one of ours burns CPU
 * under the 1-CPU quota, and that is charged to the CPU limit.
 */
static int64_t cpu_wait_us(pid_t pid) {
  char path[64], buf[128];
  snprintf(path, sizeof path, "/proc/%d/task", pid);
  DIR *d = opendir(path);
  if (!d) return -1;
  int64_t most = -1;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (!isdigit((unsigned char)de->d_name[0])) continue;
    snprintf(path, sizeof path, "/proc/%d/task/%.16s/schedstat", pid, de->d_name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) continue;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) continue;
    buf[n] = 0;
    unsigned long long run_ns, wait_ns;
    if (sscanf(buf, "%llu %llu", &run_ns, &wait_ns) == 2 && (int64_t)(wait_ns / 1000) > most)
      most = (int64_t)(wait_ns / 1000);
  }
  closedir(d);
  return most;
}

static int oom_fd = -1; /* memory.oom_control (v1) or memory.events (v2) */
static long page_kb = 4;
static long clk_tck = 100;

static long read_oom_kills(void) {
  if (oom_fd < 0) return -1;
  char buf[1024];
  ssize_t n = pread(oom_fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  buf[n] = 0;
  char *p = strstr(buf, "oom_kill ");
  if (!p) return -1;
  return strtol(p + 9, NULL, 10);
}

/* ---------- the job's server (keepServer) ---------- */

static pid_t service[MAX_SERVICE];
static int nservice;
static int srvfd = -1;

static pid_t parent_of(pid_t pid) {
  char path[64], buf[512];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return -1;
  buf[n] = 0;
  char *p = strrchr(buf, ')');
  int ppid = -1;
  if (!p || sscanf(p + 2, "%*c %d", &ppid) != 1) return -1;
  return (pid_t)ppid;
}

/* The server's processes: the ones adopted after the compile step, and what they started. */
static int is_service(pid_t pid) {
  for (int depth = 0; depth < 8 && pid > 1; depth++) {
    for (int i = 0; i < nservice; i++)
      if (service[i] == pid) return 1;
    pid = parent_of(pid);
  }
  return 0;
}

/* Every live process but us (and the server's, when there is one) gets sig; returns how many. */
static int signal_others(int sig) {
  int count = 0;
  DIR *d = opendir("/proc");
  if (!d) return 0;
  struct dirent *de;
  pid_t self = getpid();
  while ((de = readdir(d))) {
    if (!isdigit((unsigned char)de->d_name[0])) continue;
    pid_t pid = (pid_t)atoi(de->d_name);
    if (pid == self || pid == 1 || is_service(pid)) continue;
    kill(pid, sig);
    count++;
  }
  closedir(d);
  return count;
}

/* After a successful compile step: whatever it left running is the job's server. */
static void adopt_service(void) {
  nservice = 0;
  DIR *d = opendir("/proc");
  if (!d) return;
  struct dirent *de;
  pid_t self = getpid();
  while ((de = readdir(d)) && nservice < MAX_SERVICE) {
    if (!isdigit((unsigned char)de->d_name[0])) continue;
    pid_t pid = (pid_t)atoi(de->d_name);
    if (pid != self && pid != 1) service[nservice++] = pid;
  }
  closedir(d);
}

/* Sums CPU (ms, incl. waited-for children) and RSS (KB) of every live process but us (and the server's). */
static int scan_tree(int64_t *cpu_ms, int64_t *rss_kb) {
  *cpu_ms = 0;
  *rss_kb = 0;
  int count = 0;
  DIR *d = opendir("/proc");
  if (!d) return 0;
  struct dirent *de;
  pid_t self = getpid();
  char path[64], buf[1024];
  while ((de = readdir(d))) {
    if (!isdigit((unsigned char)de->d_name[0])) continue;
    pid_t pid = (pid_t)atoi(de->d_name);
    if (pid == self || pid == 1) continue;
    if (nservice && is_service(pid)) continue;
    count++;
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) continue;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) continue;
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    if (!p) continue;
    /* Fields after the command: 3 state ... 14 utime 15 stime 16 cutime 17 cstime ... 24 rss */
    unsigned long long f[32] = {0};
    int idx = 3;
    char *tok = p + 2;
    while (idx <= 24 && *tok) {
      char *end;
      if (idx == 3) {
        tok++;
      } else {
        f[idx] = strtoull(tok, &end, 10);
        tok = end;
      }
      while (*tok == ' ') tok++;
      idx++;
    }
    *cpu_ms += (int64_t)((f[14] + f[15] + f[16] + f[17]) * 1000 / (unsigned long long)clk_tck);
    *rss_kb += (int64_t)f[24] * page_kb;
  }
  closedir(d);
  return count;
}

static const char *signame(int s) {
  switch (s) {
    case SIGHUP: return "SIGHUP";
    case SIGINT: return "SIGINT";
    case SIGQUIT: return "SIGQUIT";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGUSR1: return "SIGUSR1";
    case SIGSEGV: return "SIGSEGV";
    case SIGUSR2: return "SIGUSR2";
    case SIGPIPE: return "SIGPIPE";
    case SIGALRM: return "SIGALRM";
    case SIGTERM: return "SIGTERM";
    case SIGSTKFLT: return "SIGSTKFLT";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGVTALRM: return "SIGVTALRM";
    case SIGPROF: return "SIGPROF";
    case SIGSYS: return "SIGSYS";
    default: return NULL;
  }
}

/* ---------- running one process tree ---------- */

static int sig_fd = -1;

typedef struct {
  int64_t cpu_us;   /* of every process reaped during this run */
  int64_t maxrss_kb;
} acct_t;

static void account(acct_t *a, const struct rusage *ru) {
  a->cpu_us += (int64_t)ru->ru_utime.tv_sec * 1000000 + ru->ru_utime.tv_usec + (int64_t)ru->ru_stime.tv_sec * 1000000 +
               ru->ru_stime.tv_usec;
  if (ru->ru_maxrss > a->maxrss_kb) a->maxrss_kb = ru->ru_maxrss;
}

/* Reaps without blocking; reports main's status when it is among them. */
static void reap(acct_t *a, pid_t main_pid, int *main_done, int *main_status) {
  for (;;) {
    int st;
    struct rusage ru;
    pid_t p = wait4(-1, &st, WNOHANG | __WALL, &ru);
    if (p <= 0) return;
    account(a, &ru);
    if (p == main_pid) {
      *main_done = 1;
      *main_status = st;
    }
  }
}

static void drain_sigfd(void) {
  struct signalfd_siginfo si[16];
  while (read(sig_fd, si, sizeof si) > 0) {
  }
}

/* SIGKILLs every process in the container but us, reaps them all. 0 when none is left. */
static int kill_all(acct_t *a, pid_t main_pid, int *main_done, int *main_status) {
  int64_t start = now_us();
  for (;;) {
    if (nservice) {
      /* Spare the server: kill the rest by name, until a pass finds none (the server stays our child). */
      int left = signal_others(SIGKILL);
      reap(a, main_pid, main_done, main_status);
      if (left == 0) return 0;
      if (now_us() - start > (int64_t)KILL_GRACE_MS * 1000) return -1;
      struct pollfd pfd = {.fd = sig_fd, .events = POLLIN};
      poll(&pfd, 1, 2);
      drain_sigfd();
      continue;
    }
    kill(-1, SIGKILL);
    for (;;) {
      int st;
      struct rusage ru;
      pid_t p = wait4(-1, &st, WNOHANG | __WALL, &ru);
      if (p > 0) {
        account(a, &ru);
        if (p == main_pid) {
          *main_done = 1;
          *main_status = st;
        }
        continue;
      }
      if (p < 0 && errno == ECHILD) {
        /* Not a child but still visible (we are not init and something escaped to it)? */
        if (getpid() == 1) return 0;
        int64_t c, r;
        if (scan_tree(&c, &r) == 0) return 0;
      }
      break;
    }
    if (now_us() - start > (int64_t)KILL_GRACE_MS * 1000) return -1;
    struct pollfd pfd = {.fd = sig_fd, .events = POLLIN};
    poll(&pfd, 1, 2);
    drain_sigfd();
  }
}

typedef struct {
  int fd;
  char type;
  uint64_t total;
  uint64_t cap;
  int kill_at_cap;
  int open;
} stream_t;

/* Reads what is available; forwards up to the cap. Returns 1 when a kill-at-cap stream overflowed. */
static int pump_stream(stream_t *s, uint8_t *buf, size_t bufsz) {
  for (;;) {
    ssize_t n = read(s->fd, buf, bufsz);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return 0;
      n = 0;
    }
    if (n == 0) {
      s->open = 0;
      close(s->fd);
      s->fd = -1;
      return 0;
    }
    uint64_t before = s->total;
    s->total += (uint64_t)n;
    if (before < s->cap) {
      uint64_t fwd = s->cap - before < (uint64_t)n ? s->cap - before : (uint64_t)n;
      emit(s->type, buf, (uint32_t)fwd);
    }
    if (s->total > s->cap && s->kill_at_cap) return 1;
  }
}

enum { T_EXITED, T_SIGNALED, T_CPU, T_WALL, T_MEM, T_OUTPUT, T_ERROR };
static const char *term_names[] = {"exited", "signaled", "cpu_limit", "wall_limit", "memory_limit", "output_limit",
                                   "sandbox_error"};

static void set_cloexec_high(int *fd) {
  int n = fcntl(*fd, F_DUPFD_CLOEXEC, 10);
  if (n >= 0) {
    close(*fd);
    *fd = n;
  }
}

/* Runs one command as a fresh process tree and emits its result ('X'). Returns the termination. */
static int run_process(const char *kind, uint32_t index, cmd_t *cmd, char **argv, const limits_t *lim,
                       const uint8_t *in, uint32_t inlen_, char **collect, int *leftover_out, int *exit_out,
                       int keep_server) {
  char err[256] = "";
  int termination = -1;
  acct_t a = {0, 0};
  int outp[2] = {-1, -1}, errp[2] = {-1, -1}, resp[2] = {-1, -1}, execp[2] = {-1, -1};
  int infd = -1;
  pid_t pid = -1;
  int main_done = 0, main_status = 0, leftover = 0;
  int64_t t0 = 0, t_end = 0, peak_mem = 0, polled_cpu_ms = 0, wait_us = 0;
  long oom_before = read_oom_kills();
  /* Files already in /work and /tmp (sources, binaries, a test's own files) are not the run's. */
  int64_t tmpfs_base_kb = tmpfs_used_kb();

  if (pipe2(outp, O_CLOEXEC) || pipe2(errp, O_CLOEXEC) || pipe2(resp, O_CLOEXEC) || pipe2(execp, O_CLOEXEC)) {
    snprintf(err, sizeof err, "pipe: %s", strerror(errno));
    termination = T_ERROR;
    goto done;
  }
  if (inlen_ > 0) {
    infd = memfd_create("stdin", MFD_CLOEXEC);
    if (infd >= 0) {
      size_t off = 0;
      while (off < inlen_) {
        ssize_t n = write(infd, in + off, inlen_ - off);
        if (n <= 0) break;
        off += (size_t)n;
      }
      lseek(infd, 0, SEEK_SET);
    }
  } else {
    infd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  }
  if (infd < 0) {
    snprintf(err, sizeof err, "stdin: %s", strerror(errno));
    termination = T_ERROR;
    goto done;
  }
  int *fds[] = {&outp[0], &outp[1], &errp[0], &errp[1], &resp[0], &resp[1], &execp[0], &execp[1], &infd};
  for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) set_cloexec_high(fds[i]);

  t0 = now_us();
  pid = fork();
  if (pid < 0) {
    snprintf(err, sizeof err, "fork: %s", strerror(errno));
    termination = T_ERROR;
    goto done;
  }
  if (pid == 0) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int s = 1; s < NSIG; s++) signal(s, SIG_DFL);
    setsid();
    /* The candidate shares the container's CPU quota with us: at nice 19 a fork bomb cannot
     * starve the supervisor (weights only compete inside the container's own cgroup). */
    if (setpriority(PRIO_PROCESS, 0, 19)) {
    }
    int oom = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (oom >= 0) {
      if (write(oom, "1000", 4) < 0) {
      }
      close(oom);
    }
    struct rlimit rl;
    rlim_t cpu_s = (lim->cpu_ms + 999) / 1000 + 1;
    rl.rlim_cur = cpu_s;
    rl.rlim_max = cpu_s + 1;
    setrlimit(RLIMIT_CPU, &rl);
    rl.rlim_cur = rl.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &rl);
    if (getrlimit(RLIMIT_STACK, &rl) == 0) {
      rlim_t want = (rlim_t)lim->mem_kb * 1024;
      if (want < 8u << 20) want = 8u << 20;
      if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max) want = rl.rlim_max;
      rl.rlim_cur = want;
      setrlimit(RLIMIT_STACK, &rl);
    }
    if (dup2(infd, 0) < 0 || dup2(outp[1], 1) < 0 || dup2(errp[1], 2) < 0 || dup2(resp[1], 3) < 0) _exit(127);
    if (dup2(execp[1], 4) < 0) _exit(127);
    fcntl(4, F_SETFD, FD_CLOEXEC);
    syscall(436 /* close_range */, 5, ~0U, 0);
    if (chdir(WORK_DIR)) _exit(127);
    environ = cmd->env;
    execvp(argv[0], argv);
    int e = errno;
    if (write(4, &e, sizeof e) < 0) {
    }
    _exit(127);
  }
  close(outp[1]);
  close(errp[1]);
  close(resp[1]);
  close(execp[1]);
  close(infd);
  outp[1] = errp[1] = resp[1] = execp[1] = infd = -1;
  fcntl(outp[0], F_SETFL, O_NONBLOCK);
  fcntl(errp[0], F_SETFL, O_NONBLOCK);
  fcntl(resp[0], F_SETFL, O_NONBLOCK);

  stream_t streams[3] = {
      {outp[0], 'O', 0, lim->out_bytes, 1, 1},
      {errp[0], 'E', 0, STDERR_CAP, 0, 1},
      {resp[0], 'F', 0, RESULT_CAP, 1, 1},
  };
  outp[0] = errp[0] = resp[0] = -1;
  static uint8_t buf[65536];
  int exec_errno = 0;
  int exec_open = 1;
  /* Wall time is charged without the time the main process waited for a CPU (schedstat), so a
   * busy host does not turn a correct run into a wall_limit; sleeping is charged in full. A hard
   * stop at WALL_HARD_STOP × the limit bounds it whatever the scheduler reports. */
  int64_t wall_us = (int64_t)lim->wall_ms * 1000;
  int64_t hard_deadline = t0 + WALL_HARD_STOP * wall_us;
  int64_t deadline = t0 + wall_us;
  int64_t next_tick = t0 + TICK_MS * 1000;
  int64_t next_wait_read = t0;
  int nprocs = 1;

  while (!main_done && termination < 0) {
    struct pollfd pfd[6];
    int np = 0, idx[3] = {-1, -1, -1}, exec_i = -1;
    for (int i = 0; i < 3; i++)
      if (streams[i].open) {
        idx[i] = np;
        pfd[np++] = (struct pollfd){.fd = streams[i].fd, .events = POLLIN};
      }
    pfd[np++] = (struct pollfd){.fd = sig_fd, .events = POLLIN};
    if (exec_open) {
      exec_i = np;
      pfd[np++] = (struct pollfd){.fd = execp[0], .events = POLLIN};
    }
    int stdin_i = -1;
    if (!in_eof) {
      stdin_i = np;
      pfd[np++] = (struct pollfd){.fd = 0, .events = POLLIN};
    }
    int64_t now = now_us();
    int64_t wake = next_tick < deadline ? next_tick : deadline;
    int timeout = wake > now ? (int)((wake - now + 999) / 1000) : 0;
    poll(pfd, (nfds_t)np, timeout);
    for (int i = 0; i < 3; i++)
      if (idx[i] >= 0 && pfd[idx[i]].revents) {
        if (pump_stream(&streams[i], buf, sizeof buf)) termination = T_OUTPUT;
      }
    if (exec_i >= 0 && pfd[exec_i].revents) {
      ssize_t n = read(execp[0], &exec_errno, sizeof exec_errno);
      if (n == (ssize_t)sizeof exec_errno) {
        snprintf(err, sizeof err, "cannot execute %s: %s", argv[0], strerror(exec_errno));
        termination = T_ERROR;
      }
      exec_open = 0;
      close(execp[0]);
      execp[0] = -1;
    }
    if (stdin_i >= 0 && pfd[stdin_i].revents) {
      pump_stdin();
      /* The host is gone (worker died): nobody wants this result. Exiting as init kills all. */
      if (in_eof) _exit(0);
    }
    drain_sigfd();
    reap(&a, pid, &main_done, &main_status);
    if (main_done) {
      t_end = now_us();
      break;
    }
    now = now_us();
    /* Read every WAIT_READ_MS (it is a reported figure too) and before any wall kill. */
    if (termination < 0 && (now >= deadline || now >= next_wait_read)) {
      int64_t w = cpu_wait_us(pid);
      if (w > wait_us) wait_us = w;
      deadline = t0 + wall_us + wait_us;
      if (deadline > hard_deadline) deadline = hard_deadline;
      next_wait_read = now + WAIT_READ_MS * 1000;
    }
    if (termination < 0 && now >= deadline) termination = T_WALL;
    if (termination < 0 && now >= next_tick) {
      int64_t cpu, rss;
      nprocs = scan_tree(&cpu, &rss);
      polled_cpu_ms = cpu + a.cpu_us / 1000;
      int64_t files = tmpfs_used_kb() - tmpfs_base_kb;
      int64_t mem = rss + (files > 0 ? files : 0);
      if (mem > peak_mem) peak_mem = mem;
      if (polled_cpu_ms > (int64_t)lim->cpu_ms) termination = T_CPU;
      else if (mem > (int64_t)lim->mem_kb) termination = T_MEM;
      /* Scanning many processes costs; scan a fork bomb less often. */
      next_tick = now + (nprocs > 32 ? 4 : 1) * TICK_MS * 1000;
    }
  }
  if (!t_end) t_end = now_us();
  if (main_done && termination < 0) {
    int64_t cpu, rss;
    leftover = scan_tree(&cpu, &rss);
    int64_t files = tmpfs_used_kb() - tmpfs_base_kb;
    if (rss + (files > 0 ? files : 0) > peak_mem) peak_mem = rss + (files > 0 ? files : 0);
  }
  if (keep_server && main_done && termination < 0 && WIFEXITED(main_status) && WEXITSTATUS(main_status) == 0) {
    /* The compile step started the job's server and exited cleanly: its processes are not leftovers. */
    adopt_service();
    leftover = 0;
  } else if (kill_all(&a, pid, &main_done, &main_status)) {
    snprintf(err, sizeof err, "processes survived SIGKILL");
    termination = T_ERROR;
  }
  /* Every writer is dead now: drain the pipes to EOF (still capped). */
  for (int i = 0; i < 3; i++) {
    while (streams[i].open) {
      fcntl(streams[i].fd, F_SETFL, 0);
      if (pump_stream(&streams[i], buf, sizeof buf) && termination < 0) termination = T_OUTPUT;
    }
  }
  if (exec_open && execp[0] >= 0) {
    if (read(execp[0], &exec_errno, sizeof exec_errno) == (ssize_t)sizeof exec_errno && termination < 0) {
      snprintf(err, sizeof err, "cannot execute %s: %s", argv[0], strerror(exec_errno));
      termination = T_ERROR;
    }
  }

  {
    int64_t cpu_ms = a.cpu_us / 1000;
    long oom_after = read_oom_kills();
    int oom = oom_before >= 0 && oom_after > oom_before;
    /* Files the run left in /work and /tmp still hold RAM: added to the largest process's peak. */
    int64_t files_kb = tmpfs_used_kb() - tmpfs_base_kb;
    if (files_kb < 0) files_kb = 0;
    int64_t mem = a.maxrss_kb + files_kb > peak_mem ? a.maxrss_kb + files_kb : peak_mem;
    int sig = main_done && WIFSIGNALED(main_status) ? WTERMSIG(main_status) : 0;
    if (termination < 0) {
      if (sig == SIGXCPU || cpu_ms > (int64_t)lim->cpu_ms) termination = T_CPU;
      else if (t_end > deadline) termination = T_WALL;
      else if (oom || mem > (int64_t)lim->mem_kb) termination = T_MEM;
      else if (sig) termination = T_SIGNALED;
      else termination = T_EXITED;
    }
    if (termination != T_ERROR && termination != T_CPU && termination != T_WALL && termination != T_OUTPUT && oom)
      termination = T_MEM;
    /* SIGKILL by the rlimit CPU hard limit. */
    if (termination == T_SIGNALED && sig == SIGKILL && cpu_ms >= (int64_t)lim->cpu_ms) termination = T_CPU;

    char json[1024], ebuf[600];
    json_str(ebuf, sizeof ebuf, err);
    char codebuf[16] = "null", sigbuf[32] = "null";
    if (main_done && WIFEXITED(main_status)) snprintf(codebuf, sizeof codebuf, "%d", WEXITSTATUS(main_status));
    if (sig) {
      const char *name = signame(sig);
      if (name) snprintf(sigbuf, sizeof sigbuf, "\"%s\"", name);
      else snprintf(sigbuf, sizeof sigbuf, "\"SIG%d\"", sig);
    }
    int n = snprintf(json, sizeof json,
                     "{\"kind\":\"%s\",\"index\":%u,\"termination\":\"%s\",\"exitCode\":%s,\"signal\":%s,"
                     "\"cpuUs\":%lld,\"wallUs\":%lld,\"memoryKb\":%lld,\"stdoutBytes\":%llu,\"stderrBytes\":%llu,"
                     "\"resultBytes\":%llu,\"leftover\":%d,\"oom\":%s,\"error\":%s,\"cpuWaitUs\":%lld,\"restoreUs\":%lld,\"restoreCpuUs\":%lld}",
                     kind, index, term_names[termination], codebuf, sigbuf, (long long)a.cpu_us,
                     (long long)(t_end - t0), (long long)mem, (unsigned long long)streams[0].total,
                     (unsigned long long)streams[1].total, (unsigned long long)streams[2].total, leftover,
                     oom ? "true" : "false", ebuf, (long long)wait_us, (long long)restore_us, (long long)restore_cpu_us);
    if (leftover_out) *leftover_out = leftover;
    if (exit_out) *exit_out = main_done && WIFEXITED(main_status) ? WEXITSTATUS(main_status) : -1;
    /* Collected files go before the result so the host can complete the test on 'X'. */
    for (uint32_t i = 0; collect && collect[i]; i++) collect_file(i, collect[i]);
    emit('X', json, (uint32_t)n);
    for (int i = 0; i < 3; i++)
      if (streams[i].fd >= 0) close(streams[i].fd);
    if (execp[0] >= 0) close(execp[0]);
    return termination;
  }

done: {
  int fdsx[] = {outp[0], outp[1], errp[0], errp[1], resp[0], resp[1], execp[0], execp[1], infd};
  for (size_t i = 0; i < sizeof fdsx / sizeof fdsx[0]; i++)
    if (fdsx[i] >= 0) close(fdsx[i]);
  char json[1024], ebuf[600];
  json_str(ebuf, sizeof ebuf, err);
  int n = snprintf(json, sizeof json,
                   "{\"kind\":\"%s\",\"index\":%u,\"termination\":\"sandbox_error\",\"exitCode\":null,\"signal\":null,"
                   "\"cpuUs\":0,\"wallUs\":0,\"memoryKb\":0,\"stdoutBytes\":0,\"stderrBytes\":0,\"resultBytes\":0,"
                   "\"leftover\":0,\"oom\":false,\"error\":%s}",
                   kind, index, ebuf);
  emit('X', json, (uint32_t)n);
  return T_ERROR;
}
}

/* ---------- jobs ---------- */

static int clean_ipc(void) {
  int found = 0;
  static const struct {
    const char *path;
    int kind;
  } lists[] = {{"/proc/sysvipc/shm", 0}, {"/proc/sysvipc/msg", 1}, {"/proc/sysvipc/sem", 2}};
  for (int i = 0; i < 3; i++) {
    FILE *f = fopen(lists[i].path, "re");
    if (!f) continue;
    char line[512];
    int first = 1;
    while (fgets(line, sizeof line, f)) {
      if (first) {
        first = 0;
        continue;
      }
      long key, id;
      if (sscanf(line, "%ld %ld", &key, &id) != 2) continue;
      found++;
      if (lists[i].kind == 0) shmctl((int)id, IPC_RMID, NULL);
      else if (lists[i].kind == 1) msgctl((int)id, IPC_RMID, NULL);
      else semctl((int)id, 0, IPC_RMID);
    }
    fclose(f);
  }
  int mq = open("/dev/mqueue", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (mq >= 0) {
    DIR *d = fdopendir(mq);
    if (d) {
      struct dirent *de;
      while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        found++;
        unlinkat(dirfd(d), de->d_name, 0);
      }
      closedir(d);
    } else {
      close(mq);
    }
  }
  return found;
}

/* What a process of the candidate's can change in us although it cannot signal, trace or read us:
 * it shares our uid, and the kernel lets a same-uid process lower our rlimits (prlimit), raise our
 * nice value, narrow our CPU affinity, switch us to SCHED_IDLE/BATCH and lower our I/O priority —
 * none of which we can undo without capabilities, and all of which our next children inherit.
 * Recorded when we start; a job that changed any of it ends with recycle (the container is never
 * reused, for anyone). */
typedef struct {
  struct rlimit rl[RLIM_NLIMITS];
  int nice;
  uint8_t sched[128]; /* struct sched_attr as the kernel fills it */
  cpu_set_t cpus;
  long ioprio;
  mode_t root_modes[3]; /* /work, /tmp, /srv as mounted */
} own_state_t;

static own_state_t own_state;
static int own_state_known;

static int read_own_state(own_state_t *s) {
  memset(s, 0, sizeof *s);
  for (int r = 0; r < RLIM_NLIMITS; r++)
    if (getrlimit(r, &s->rl[r])) return -1;
  errno = 0;
  s->nice = getpriority(PRIO_PROCESS, 0);
  if (errno) return -1;
  uint32_t size = 56; /* SCHED_ATTR_SIZE_VER1: policy, flags, nice, priority, deadline params, uclamp */
  if (syscall(SYS_sched_getattr, 0, s->sched, size, 0)) return -1;
  if (sched_getaffinity(0, sizeof s->cpus, &s->cpus)) return -1;
  s->ioprio = syscall(SYS_ioprio_get, 1 /* IOPRIO_WHO_PROCESS */, 0);
  return s->ioprio < 0 ? -1 : 0;
}

static int own_state_changed(void) {
  own_state_t now;
  if (!own_state_known || read_own_state(&now)) return 1;
  return memcmp(now.rl, own_state.rl, sizeof now.rl) || now.nice != own_state.nice ||
         memcmp(now.sched, own_state.sched, sizeof now.sched) || !CPU_EQUAL(&now.cpus, &own_state.cpus) ||
         now.ioprio != own_state.ioprio;
}

/* The mount roots are the only inodes a wipe cannot replace: their mode (a chmod 000 /work would
 * make the next job's files unwritable) and extended attributes go back to what they were when
 * the container started. Their times are left: they say only when the last job wrote. */
static int reset_roots(void) {
  int fds[3] = {workfd, tmpfd, srvfd};
  for (int i = 0; i < 3; i++) {
    if (fds[i] < 0) continue;
    if (fchmod(fds[i], own_state.root_modes[i] & 07777) || clear_root_xattrs(fds[i])) return -1;
    struct stat st;
    if (fstat(fds[i], &st) || (st.st_mode & 07777) != (own_state.root_modes[i] & 07777)) return -1;
  }
  return 0;
}

/* Clears /work and /tmp between jobs. Returns 0 when both are empty. */
static int wipe_all(void) {
  int rc = wipe_tree(workfd);
  if (tmpfd >= 0 && wipe_tree(tmpfd)) rc = -1;
  return rc;
}

/* A result that is ours (sandbox_error) for a test we could not run. */
static void emit_sandbox_error(uint32_t index, const char *why) {
  char json[512], ebuf[300];
  json_str(ebuf, sizeof ebuf, why);
  int n = snprintf(json, sizeof json,
                   "{\"kind\":\"test\",\"index\":%u,\"termination\":\"sandbox_error\",\"exitCode\":null,"
                   "\"signal\":null,\"cpuUs\":0,\"wallUs\":0,\"memoryKb\":0,\"stdoutBytes\":0,\"stderrBytes\":0,"
                   "\"resultBytes\":0,\"leftover\":0,\"oom\":false,\"error\":%s}",
                   index, ebuf);
  emit('X', json, (uint32_t)n);
}

/* The job's server: a clean stop first (SIGINT: PostgreSQL's fast shutdown frees its shared memory),
 * then SIGKILL for whatever is left, as after any process. */
static void stop_service(void) {
  acct_t a = {0, 0};
  int done = 0, status = 0;
  /* Only its root (our child): PostgreSQL's postmaster stops its own children in order. */
  for (int i = 0; i < nservice; i++)
    if (parent_of(service[i]) == getpid()) kill(service[i], SIGINT);
  int64_t start = now_us();
  while (now_us() - start < (int64_t)SERVICE_STOP_MS * 1000) {
    reap(&a, -1, &done, &status);
    int alive = 0;
    for (int i = 0; i < nservice; i++)
      if (kill(service[i], 0) == 0 && parent_of(service[i]) > 0) alive++;
    if (!alive) break;
    struct pollfd pfd = {.fd = sig_fd, .events = POLLIN};
    poll(&pfd, 1, 5);
    drain_sigfd();
  }
  nservice = 0;
  kill_all(&a, -1, &done, &status);
}

static void run_job(uint8_t *payload, uint32_t plen) {
  cur_t c = {payload, payload + plen, 0};
  int recycle = 0, aborted = 0, compile_failed = 0;
  uint32_t ran = 0;
  char err[256] = "";
  /* A test ran since the snapshot: restore before the next. Broken: we cannot, run nothing more. */
  int dirty = 0, broken = 0;
  long oom_start = read_oom_kills();

  uint32_t nfiles = cu32(&c);
  for (uint32_t i = 0; i < nfiles && !c.err; i++) {
    char *path = cstr(&c);
    uint32_t mode = cu32(&c), len;
    const uint8_t *data = cblob(&c, &len);
    if (c.err) break;
    if (write_file(path, mode, data, len)) {
      snprintf(err, sizeof err, "cannot write %s: %s", path, strerror(errno));
      compile_failed = 1;
    }
    free(path);
  }
  uint8_t has_compile = cu8(&c);
  cmd_t compile = {0}, run = {0};
  limits_t compile_lim = {0};
  if (has_compile) {
    ccmd(&c, &compile);
    climits(&c, &compile_lim);
  }
  ccmd(&c, &run);
  uint32_t ntests = cu32(&c);
  (void)ntests;
  /* Absent from an older host: no server. */
  int keep_server = c.p < c.end && cu8(&c) == 1 && srvfd >= 0;
  if (c.err) {
    snprintf(err, sizeof err, "malformed job");
    compile_failed = 1;
    recycle = 1;
  }
  if (err[0]) {
    logf_("%s", err);
    recycle = 1;
  } else if (has_compile) {
    int left = 0, code = -1;
    int t = run_process("compile", 0, &compile, compile.argv, &compile_lim, NULL, 0, NULL, &left, &code, keep_server);
    if (t != T_EXITED || code != 0) compile_failed = 1;
    if (t != T_EXITED && t != T_SIGNALED) recycle = recycle || t == T_ERROR;
  }
  /* What every test starts from: the files as the compile step left them. */
  if (!compile_failed && !err[0] && snapshot_all()) {
    logf_("cannot snapshot the work dirs");
    broken = 1;
  }

  /* Tests until the end-of-job frame. */
  for (;;) {
    char type;
    uint32_t len;
    uint8_t *tp = next_frame(&type, &len);
    if (type == 'Z') {
      free(tp);
      break;
    }
    if (type == 'A') aborted = 1;
    if (type != 'T' || aborted || compile_failed || err[0] || broken > 1) {
      free(tp);
      continue;
    }
    if (abort_pending()) {
      aborted = 1;
      free(tp);
      continue;
    }
    cur_t t = {tp, tp + len, 0};
    uint32_t index = cu32(&t);
    /* Fail closed: a test that cannot start from the clean state is not run; the result is ours
     * and the container is destroyed (recycle). */
    int64_t r0 = now_us(), c0 = cpu_now_us();
    int restore_failed = !broken && dirty && restore_all();
    restore_us = dirty ? now_us() - r0 : 0;
    restore_cpu_us = dirty ? cpu_now_us() - c0 : 0;
    if (broken || restore_failed) {
      emit_sandbox_error(index, "cannot restore the work dirs");
      broken = 2;
      recycle = 1;
      free(tp);
      continue;
    }
    dirty = 1;
    limits_t lim;
    climits(&t, &lim);
    char **argv = run.argv;
    if (cu8(&t)) argv = cstrs(&t, cu32(&t));
    uint32_t inl;
    const uint8_t *in = cblob(&t, &inl);
    uint32_t tf = cu32(&t);
    char **tfiles = xmalloc(sizeof(char *) * (tf + 1));
    uint32_t written = 0;
    for (uint32_t i = 0; i < tf && !t.err; i++) {
      char *path = cstr(&t);
      uint32_t mode = cu32(&t), flen;
      const uint8_t *data = cblob(&t, &flen);
      if (t.err) break;
      write_file(path, mode, data, flen);
      tfiles[written++] = path;
    }
    uint32_t ncollect = cu32(&t);
    char **collect = t.err ? NULL : cstrs(&t, ncollect);
    if (t.err || !argv || !argv[0]) {
      logf_("malformed test %u", index);
      recycle = 1;
    } else {
      int left = 0;
      int term = run_process("test", index, &run, argv, &lim, in, inl, collect, &left, NULL, 0);
      if (term == T_ERROR) recycle = 1;
      ran++;
    }
    /* A test's own files (e.g. a validator's answer) never outlive it. */
    for (uint32_t i = 0; i < written; i++) {
      remove_file(tfiles[i]);
      free(tfiles[i]);
    }
    free(tfiles);
    free(tp);
  }

  snap_free(&snaps[0]);
  snap_free(&snaps[1]);
  snapshot_taken = 0;
  if (nservice) stop_service();
  int ipc = clean_ipc();
  /* Roots first: a root the job made unwritable could not be wiped. */
  int wiped = reset_roots();
  if (wipe_all()) wiped = -1;
  if (keep_server && wipe_tree(srvfd)) wiped = -1;
  /* Everything we kill is killed here, but an OOM kill means the cgroup hit its cap: not reused. */
  long oom_end = read_oom_kills();
  int tampered = own_state_changed();
  if (ipc || wiped || tampered || oom_end != oom_start) recycle = 1;
  char json[256];
  int n = snprintf(json, sizeof json,
                   "{\"tests\":%u,\"aborted\":%s,\"recycle\":%s,\"ipcObjects\":%d,\"tampered\":%s}", ran,
                   aborted ? "true" : "false", recycle ? "true" : "false", ipc, tampered ? "true" : "false");
  emit('D', json, (uint32_t)n);
  (void)compile_failed;
}

static int open_first(const char *const *paths) {
  for (; *paths; paths++) {
    int fd = open(*paths, O_RDONLY | O_CLOEXEC);
    if (fd >= 0) return fd;
  }
  return -1;
}

int main(void) {
  prctl(PR_SET_DUMPABLE, 0);
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  signal(SIGPIPE, SIG_IGN);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  sig_fd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
  fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
  page_kb = sysconf(_SC_PAGESIZE) / 1024;
  clk_tck = sysconf(_SC_CLK_TCK);

  static const char *const oom_paths[] = {"/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events",
                                          NULL};
  oom_fd = open_first(oom_paths);
  workfd = open(WORK_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  tmpfd = open(TMP_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  /* Only a SQL image's container mounts a tmpfs there (the server's files). */
  struct statfs srvfs;
  srvfd = open(SERVICE_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (srvfd >= 0 && (fstatfs(srvfd, &srvfs) || srvfs.f_type != 0x01021994 /* TMPFS_MAGIC */)) {
    close(srvfd);
    srvfd = -1;
  }
  char ready[256];
  int n = snprintf(ready, sizeof ready, "{\"version\":1,\"pid\":%d,\"uid\":%d,\"oomCounter\":%s,\"workDir\":%s}",
                   getpid(), getuid(), read_oom_kills() >= 0 ? "true" : "false", workfd >= 0 ? "true" : "false");
  if (workfd < 0) {
    logf_("cannot open " WORK_DIR ": %s", strerror(errno));
    return 1;
  }
  /* Unknown: every job ends with recycle (no reuse), nothing worse. */
  own_state_known = read_own_state(&own_state) == 0;
  if (!own_state_known) logf_("cannot read our own limits: %s", strerror(errno));
  int fds[3] = {workfd, tmpfd, srvfd};
  for (int i = 0; i < 3; i++) {
    struct stat st;
    if (fds[i] >= 0 && fstat(fds[i], &st) == 0) own_state.root_modes[i] = st.st_mode;
  }
  wipe_all();
  emit('R', ready, (uint32_t)n);

  for (;;) {
    char type;
    uint32_t len;
    uint8_t *payload = next_frame(&type, &len);
    if (type == 'J') run_job(payload, len);
    free(payload);
  }
}
