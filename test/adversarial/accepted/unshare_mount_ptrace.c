/* No capabilities, no new privileges, default seccomp: every escalation primitive fails. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
int main(void) {
  int worked = 0;
  if (unshare(CLONE_NEWUSER) == 0) { puts("unshare user"); worked++; }
  if (unshare(CLONE_NEWNS) == 0) { puts("unshare mount"); worked++; }
  if (unshare(CLONE_NEWPID) == 0) { puts("unshare pid"); worked++; }
  if (mount("tmpfs", "/mnt", "tmpfs", 0, "") == 0) { puts("mount"); worked++; }
  if (mount(NULL, "/", NULL, MS_REMOUNT, NULL) == 0) { puts("remount /"); worked++; }
  if (ptrace(PTRACE_ATTACH, 1, 0, 0) == 0) { puts("ptrace 1"); worked++; }
  if (setuid(0) == 0) { puts("setuid"); worked++; }
  if (chroot("/tmp") == 0) { puts("chroot"); worked++; }
  if (mknod("/tmp/sda", S_IFBLK | 0600, makedev(8, 0)) == 0) { puts("mknod"); worked++; }
  if (!worked) puts("ok");
  return 0;
}
