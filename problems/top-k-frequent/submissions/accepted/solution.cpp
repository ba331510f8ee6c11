class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        // Min-heap of (count, value) holding the k best seen so far.
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        for (auto& [value, c] : count) {
            heap.emplace(c, value);
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> out;
        while (!heap.empty()) {
            out.push_back(heap.top().second);
            heap.pop();
        }
        return out;
    }
};
