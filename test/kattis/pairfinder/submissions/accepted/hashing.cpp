#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long t;
    scanf("%d %lld", &n, &t);
    unordered_map<long long, int> seen;
    seen.reserve(n * 2);
    for (int j = 1; j <= n; j++) {
        long long w;
        scanf("%lld", &w);
        auto it = seen.find(t - w);
        if (it != seen.end()) {
            // Report the later position first: the validator accepts either order.
            printf("%d %d\n", j, it->second);
            return 0;
        }
        seen.emplace(w, j);
    }
    puts("-1");
}
