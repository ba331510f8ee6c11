#include <bits/stdc++.h>
using namespace std;
// Bug: counts blank lines as UNKNOWN instead of skipping them.
int main() {
    const vector<string> order = {"DEBUG", "INFO", "WARN", "ERROR", "FATAL", "UNKNOWN"};
    map<string, int> index;
    for (int i = 0; i < 5; i++) index[order[i]] = i;
    index["WARNING"] = 2;
    vector<long long> counts(6, 0);
    string line;
    while (getline(cin, line)) {
        istringstream words(line);
        string ts, level;
        words >> ts >> level;
        for (char& c : level) c = toupper((unsigned char)c);
        auto it = index.find(level);
        counts[it == index.end() ? 5 : it->second]++;
    }
    for (int i = 0; i < 6; i++) cout << order[i] << ' ' << counts[i] << '\n';
}
