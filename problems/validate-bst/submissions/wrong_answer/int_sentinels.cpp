// Uses INT_MIN / INT_MAX as "no bound" sentinels, so trees holding those keys are rejected.
class Solution {
    bool check(TreeNode* n, int lo, int hi) {
        if (!n) return true;
        if (n->val <= lo || n->val >= hi) return false;
        return check(n->left, lo, n->val) && check(n->right, n->val, hi);
    }

public:
    bool isValidBST(TreeNode* root) {
        return check(root, INT_MIN, INT_MAX);
    }
};
