/* Forgets that the two parcels must be different: 5 + 5 = 10 with a single 5. */
#include <stdio.h>

int main(void) {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    static long long w[200000];
    for (int i = 0; i < n; i++) scanf("%lld", &w[i]);
    for (int i = 0; i < n; i++)
        for (int j = i; j < n && j < i + 2; j++)
            if (w[i] + w[j] == t) {
                printf("%d %d\n", i + 1, j + 1);
                return 0;
            }
    puts("-1");
    return 0;
}
