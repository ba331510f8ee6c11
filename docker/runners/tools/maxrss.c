/* Measurement helper for docs/languages.md (not part of any image): runs argv, then prints
 * the peak RSS of the largest process in the child's tree (wait4 ru_maxrss), CPU and wall time to stderr. Built by
 * docker/runners/tools/measure.sh and mounted read-only into a hardened runner container. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/wait.h>
int main(int argc, char **argv) {
  struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t p = fork();
  if (p == 0) { execvp(argv[1], argv + 1); perror("exec"); _exit(127); }
  int st; struct rusage ru; wait4(p, &st, 0, &ru);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  fprintf(stderr, "MAXRSS_KB=%ld CPU_MS=%ld WALL_MS=%ld EXIT=%d\n", ru.ru_maxrss,
    (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000,
    (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000, WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
  return 0;
}
