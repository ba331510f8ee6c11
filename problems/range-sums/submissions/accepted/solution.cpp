#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<long long> pre(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        pre[i + 1] = pre[i] + x;
    }
    string out;
    out.reserve((size_t)q * 12);
    while (q--) {
        int l, r;
        cin >> l >> r;
        out += to_string(pre[r] - pre[l - 1]);
        out += '\n';
    }
    cout << out;
}
