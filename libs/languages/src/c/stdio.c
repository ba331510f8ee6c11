#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The whole of stdin in one NUL-terminated buffer. */
static char *read_all(void) {
    size_t size = 1 << 16, length = 0, n;
    char *buf = malloc(size + 1);
    while (buf && (n = fread(buf + length, 1, size - length, stdin)) > 0) {
        length += n;
        if (length == size) buf = realloc(buf, (size *= 2) + 1);
    }
    if (buf) buf[length] = '\0';
    return buf;
}

int main(void) {
    char *input = read_all();

    /* Your solution here: walk the input with char *p = input; then strtoll(p, &p, 10) per number. */
    long long answer = 0;

    printf("%lld\n", answer);
    free(input);
    return 0;
}
