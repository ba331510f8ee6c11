/* Test 1: a double-forked, setsid'd child ignoring every catchable signal survives main.
 * Test 2 (same job): after a pause, no marker and no stranger process may exist. */
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(void) {
  char in[8] = {0};
  if (fgets(in, sizeof in, stdin) && in[0] == '1') {
    if (fork() == 0) {
      setsid();
      if (fork() != 0) _exit(0);
      for (int s = 1; s < 32; s++) signal(s, SIG_IGN);
      sleep(1);
      FILE *f = fopen("/tmp/escaped", "w");
      if (f) fclose(f);
      for (;;) pause();
    }
    puts("ok");
    return 0;
  }
  sleep(2);
  int strangers = 0;
  DIR *d = opendir("/proc");
  struct dirent *e;
  while ((e = readdir(d)))
    if (atoi(e->d_name) > 1 && atoi(e->d_name) != getpid()) strangers++;
  closedir(d);
  FILE *f = fopen("/tmp/escaped", "r");
  if (f || strangers) printf("escaped=%d strangers=%d\n", f != NULL, strangers);
  else puts("ok");
  return 0;
}
