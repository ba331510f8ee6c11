#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);

    // Your solution here: read values with cin >> x, compute the answer.
    long long answer = 0;

    cout << answer << '\n';
    return 0;
}
