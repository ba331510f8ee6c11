/* Test 1 replaces the compiled program with /bin/true (and removes the source); test 2 must run
 * the binary the compile step made, not the planted one, and see no trace of test 1. */
#include <stdio.h>
#include <unistd.h>
#include <sys/stat.h>

int main(void) {
  int t = 0;
  if (scanf("%d", &t) != 1) return 3;
  if (t == 1) {
    FILE *in = fopen("/bin/true", "rb"), *out;
    unlink("main");
    unlink("main.c");
    out = fopen("main", "wb");
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
    chmod("main", 0755);
    FILE *m = fopen("/tmp/seen-input-1", "w");
    fputs("1", m);
    fclose(m);
    puts("ok");
    return 0;
  }
  struct stat st;
  if (stat("main.c", &st) != 0 || stat("/tmp/seen-input-1", &st) == 0) {
    puts("state leaked from test 1");
    return 0;
  }
  puts("ok");
  return 0;
}
