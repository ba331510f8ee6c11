// Bug: drops self-edges, treating "a waits for a" as harmless.
class Solution {
public:
    bool hasDeadlock(vector<vector<string>>& waitsFor) {
        unordered_map<string, vector<string>> out;
        unordered_map<string, int> indeg;
        for (auto& e : waitsFor) {
            indeg[e[0]] += 0;
            indeg[e[1]] += 0;
            if (e[0] == e[1]) continue;
            out[e[0]].push_back(e[1]);
            indeg[e[1]]++;
        }
        vector<string> queue;
        for (auto& [n, d] : indeg)
            if (d == 0) queue.push_back(n);
        for (size_t h = 0; h < queue.size(); h++)
            for (auto& m : out[queue[h]])
                if (--indeg[m] == 0) queue.push_back(m);
        return queue.size() < indeg.size();
    }
};
