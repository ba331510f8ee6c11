class Solution {
public:
    vector<long long> mergeStreams(vector<vector<long long>>& streams) {
        using Item = tuple<long long, int, int>;  // value, stream, index
        priority_queue<Item, vector<Item>, greater<Item>> heap;
        for (int i = 0; i < (int)streams.size(); i++)
            if (!streams[i].empty()) heap.emplace(streams[i][0], i, 0);
        vector<long long> out;
        while (!heap.empty()) {
            auto [value, i, j] = heap.top();
            heap.pop();
            out.push_back(value);
            if (j + 1 < (int)streams[i].size()) heap.emplace(streams[i][j + 1], i, j + 1);
        }
        return out;
    }
};
