#include <cstdio>

int main() {
    int n;
    scanf("%d", &n);
    long long d = 0, h = 0;
    for (int i = 0; i < n; i++) {
        long long a, b;
        scanf("%lld %lld", &a, &b);
        d += a;
        h += b;
    }
    // Scientific notation is a valid float token for the default validator.
    printf("%.12e\n", (double)d / (double)h);
}
