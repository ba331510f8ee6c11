/* Sleeps 4 s on a 1 s CPU limit: no CPU used, so only the wall limit (CPU limit x 1.5 + 1 s)
 * catches it -- not 10 s later. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  sleep(4);
  puts("ok");
  return 0;
}
