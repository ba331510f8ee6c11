/* Forks until the pids limit, then keeps trying; every process spins. */
#include <unistd.h>
int main(void) {
  for (;;) fork();
}
