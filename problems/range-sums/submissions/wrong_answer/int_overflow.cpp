// Keeps prefix sums in 32-bit ints: overflows once totals pass about 2.1 * 10^9.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    vector<int> pre(n + 1, 0);
    for (int i = 0; i < n; i++) {
        int x;
        cin >> x;
        pre[i + 1] = pre[i] + x;
    }
    while (q--) {
        int l, r;
        cin >> l >> r;
        cout << pre[r] - pre[l - 1] << '\n';
    }
}
