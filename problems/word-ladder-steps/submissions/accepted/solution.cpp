class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unseen(wordList.begin(), wordList.end());
        if (!unseen.count(endWord)) return 0;
        unseen.erase(beginWord);
        queue<string> q;
        q.push(beginWord);
        int steps = 1;
        while (!q.empty()) {
            ++steps;
            for (size_t k = q.size(); k > 0; --k) {
                string word = q.front();
                q.pop();
                for (size_t i = 0; i < word.size(); ++i) {
                    char orig = word[i];
                    for (char c = 'a'; c <= 'z'; ++c) {
                        if (c == orig) continue;
                        word[i] = c;
                        auto it = unseen.find(word);
                        if (it != unseen.end()) {
                            if (word == endWord) return steps;
                            unseen.erase(it);
                            q.push(word);
                        }
                    }
                    word[i] = orig;
                }
            }
        }
        return 0;
    }
};
