// Swaps the root's two subtrees but leaves everything below them untouched.
class Solution {

    /**
     * @param TreeNode $root
     * @return TreeNode
     */
    function invertTree($root) {
        if ($root !== null) [$root->left, $root->right] = [$root->right, $root->left];
        return $root;
    }
}
