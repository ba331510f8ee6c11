// What a LeetCode C++ user writes: <bits/stdc++.h>, using namespace std, and C++20 (contains,
// ranges, gcd), since LeetCode compiles C++20 and later.
#include <bits/stdc++.h>
using namespace std;

int main() {
    map<int, int> m{{1, 2}};
    vector<int> v{3, 1, 2};
    ranges::sort(v);
    unordered_set<string> seen{"a"};
    priority_queue<int, vector<int>, greater<int>> pq;
    for (int x : v) pq.push(x);
    long long big = 1LL << 62;
    cout << m.contains(1) << ' ' << v[0] << ' ' << gcd(12, 18) << ' ' << seen.contains("a") << ' ' << pq.top() << ' '
         << big << '\n';
}
