// Bug: at equal positions the node added first wins instead of the smallest name.
class ConsistentHashRing {
    int virtualNodes;
    unordered_set<string> nodes;
    map<uint32_t, vector<string>> ring;

    static uint32_t fnv1a32(const string& s) {
        uint32_t h = 2166136261u;
        for (unsigned char b : s) { h ^= b; h *= 16777619u; }
        return h;
    }

public:
    ConsistentHashRing(int virtualNodes) : virtualNodes(virtualNodes) {}

    void addNode(string node) {
        if (!nodes.insert(node).second) return;
        for (int i = 0; i < virtualNodes; i++) ring[fnv1a32(node + "#" + to_string(i))].push_back(node);
    }

    void removeNode(string node) {
        if (!nodes.erase(node)) return;
        for (int i = 0; i < virtualNodes; i++) {
            auto it = ring.find(fnv1a32(node + "#" + to_string(i)));
            if (it == ring.end()) continue;
            auto& v = it->second;
            v.erase(find(v.begin(), v.end(), node));
            if (v.empty()) ring.erase(it);
        }
    }

    string getNode(string key) {
        if (ring.empty()) return "";
        auto it = ring.lower_bound(fnv1a32(key));
        if (it == ring.end()) it = ring.begin();
        return it->second.front();
    }
};
