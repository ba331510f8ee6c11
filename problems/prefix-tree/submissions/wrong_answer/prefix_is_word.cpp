// startsWith only looks at whole inserted words, missing proper prefixes.
class Trie {
    unordered_set<string> words;
public:
    Trie() {}
    void insert(string word) { words.insert(word); }
    bool search(string word) { return words.count(word) > 0; }
    bool startsWith(string prefix) {
        for (const string& w : words)
            if (w == prefix) return true;
        return false;
    }
};
