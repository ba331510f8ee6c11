// Bug: forgets that with many job types there is no idling at all (missing max with n).
class Solution {
public:
    int minTime(vector<string>& tasks, int cooldown) {
        if (tasks.empty()) return 0;
        unordered_map<string, int> counts;
        for (auto& t : tasks) counts[t]++;
        int top = 0, ties = 0;
        for (auto& [t, c] : counts) {
            if (c > top) { top = c; ties = 1; }
            else if (c == top) ties++;
        }
        return (top - 1) * (cooldown + 1) + ties;
    }
};
