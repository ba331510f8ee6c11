// Bellman-Ford with early exit: O(n * m) when links arrive in an unlucky order.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m, s;
    cin >> n >> m >> s;
    vector<int> u(m), v(m);
    vector<long long> w(m);
    for (int i = 0; i < m; i++) cin >> u[i] >> v[i] >> w[i];
    vector<long long> dist(n + 1, LLONG_MAX);
    dist[s] = 0;
    for (int round = 1; round < n; round++) {
        bool changed = false;
        for (int i = 0; i < m; i++)
            if (dist[u[i]] != LLONG_MAX && dist[u[i]] + w[i] < dist[v[i]]) {
                dist[v[i]] = dist[u[i]] + w[i];
                changed = true;
            }
        if (!changed) break;
    }
    for (int x = 1; x <= n; x++) cout << (dist[x] == LLONG_MAX ? -1 : dist[x]) << (x == n ? '\n' : ' ');
}
