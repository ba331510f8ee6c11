/* A detached child in its own session, deaf to SIGTERM, spinning; main waits for it forever. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  pid_t pid = fork();
  if (pid == 0) {
    setsid();
    signal(SIGTERM, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    volatile unsigned long x = 0;
    for (;;) x++;
  }
  waitpid(pid, 0, 0);
  return 0;
}
