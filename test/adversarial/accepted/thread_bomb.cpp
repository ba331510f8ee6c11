// Creates sleeping threads until the pids limit refuses one, then exits cleanly.
#include <pthread.h>
#include <unistd.h>
#include <cstdio>
static void *sleeper(void *) {
  for (;;) pause();
  return nullptr;
}
int main() {
  int n = 0;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  for (; n < 100000; n++) {
    pthread_t t;
    if (pthread_create(&t, &attr, sleeper, nullptr) != 0) break;
  }
  std::printf(n < 100000 ? "ok\n" : "unlimited\n");
  std::fflush(stdout);
  _exit(0);
}
