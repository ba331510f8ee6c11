class Solution {
    void build(const vector<int>& nums, size_t i, vector<int>& cur, vector<vector<int>>& out) {
        if (i == nums.size()) {
            out.push_back(cur);
            return;
        }
        build(nums, i + 1, cur, out);
        cur.push_back(nums[i]);
        build(nums, i + 1, cur, out);
        cur.pop_back();
    }

public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> out;
        vector<int> cur;
        build(nums, 0, cur, out);
        return out;
    }
};
