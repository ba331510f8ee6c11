#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    string line;
    getline(cin, line);
    istringstream(line) >> n >> k;
    unordered_map<string, int> counts;
    for (int i = 0; i < n && getline(cin, line); i++) counts[line.substr(0, line.find(' '))]++;
    vector<pair<int, string>> items;
    for (auto& [ip, c] : counts) items.push_back({-c, ip});
    size_t m = min(items.size(), (size_t)k);
    partial_sort(items.begin(), items.begin() + m, items.end());
    for (size_t i = 0; i < m; i++) cout << items[i].second << ' ' << -items[i].first << '\n';
}
