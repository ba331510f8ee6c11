#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long sum = 0, v;
    for (int i = 0; i < n; i++) {
        scanf("%lld", &v);
        sum += v;
    }
    printf("%lld\n", sum);
    return 0;
}
