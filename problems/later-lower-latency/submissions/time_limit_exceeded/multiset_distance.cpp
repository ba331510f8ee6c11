// Keeps the later deploys in a std::multiset, but std::distance on its (bidirectional) iterators
// walks the tree node by node, so every query is O(n) and the whole run O(n^2).
class Solution {
public:
    vector<int> countLaterLower(vector<int>& latency) {
        int n = latency.size();
        vector<int> out(n, 0);
        multiset<int> later;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = distance(later.begin(), later.lower_bound(latency[i]));
            later.insert(latency[i]);
        }
        return out;
    }
};
