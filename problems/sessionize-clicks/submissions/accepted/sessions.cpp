class Solution {
public:
    int countSessions(vector<string>& userIds, vector<long long>& timestamps, long long gapMs) {
        vector<pair<string, long long>> clicks;
        for (size_t i = 0; i < userIds.size(); i++) clicks.emplace_back(userIds[i], timestamps[i]);
        sort(clicks.begin(), clicks.end());
        int sessions = 0;
        for (size_t i = 0; i < clicks.size(); i++) {
            if (i == 0 || clicks[i].first != clicks[i - 1].first || clicks[i].second - clicks[i - 1].second > gapMs)
                sessions++;
        }
        return sessions;
    }
};
