class Trie {
    struct Node {
        int next[26];
        bool word = false;
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> nodes;

    int walk(const string& s) const {
        int cur = 0;
        for (char ch : s) {
            cur = nodes[cur].next[ch - 'a'];
            if (cur < 0) return -1;
        }
        return cur;
    }

public:
    Trie() : nodes(1) {}

    void insert(string word) {
        int cur = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (nodes[cur].next[c] < 0) {
                nodes[cur].next[c] = (int)nodes.size();
                nodes.emplace_back();
            }
            cur = nodes[cur].next[c];
        }
        nodes[cur].word = true;
    }

    bool search(string word) {
        int cur = walk(word);
        return cur >= 0 && nodes[cur].word;
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};
