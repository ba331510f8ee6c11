#include <cstdio>
#include <vector>

int main() {
    int n;
    long long t;
    scanf("%d %lld", &n, &t);
    std::vector<long long> w(n);
    for (auto &x : w) scanf("%lld", &x);
    // Quadratic with a data dependency the optimiser cannot remove.
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (w[i] + w[j] == t) {
                printf("%d %d\n", i + 1, j + 1);
                return 0;
            }
    puts("-1");
}
