class Solution {
public:
    int lowestCommonAncestor(TreeNode* root, int p, int q) {
        // Parent of every id, from an iterative traversal (the tree can be very deep).
        unordered_map<int, int> parent;
        parent[root->val] = -1;
        vector<TreeNode*> stack{root};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            for (TreeNode* child : {node->left, node->right}) {
                if (child) {
                    parent[child->val] = node->val;
                    stack.push_back(child);
                }
            }
        }
        unordered_set<int> ancestors;
        for (int v = p; v != -1; v = parent[v]) ancestors.insert(v);
        int v = q;
        while (!ancestors.count(v)) v = parent[v];
        return v;
    }
};
