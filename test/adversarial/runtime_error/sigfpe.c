#include <stdio.h>
int main(void) {
  volatile int seven = 7, zero = 0;
  printf("%d\n", seven / zero);
  return 0;
}
