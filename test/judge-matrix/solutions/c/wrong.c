#include <stdio.h>

int main(void) {
    int n, v, sum = 0; /* int overflows */
    scanf("%d", &n);
    for (int i = 0; i < n; i++) {
        scanf("%d", &v);
        sum += v;
    }
    printf("%d\n", sum - 1);
    return 0;
}
