class Solution {

    /**
     * @param TreeNode $root
     * @return TreeNode
     */
    function invertTree($root) {
        // An explicit stack: a list-shaped tree needs no deep recursion.
        $stack = $root === null ? [] : [$root];
        while ($stack) {
            $node = array_pop($stack);
            [$node->left, $node->right] = [$node->right, $node->left];
            if ($node->left !== null) $stack[] = $node->left;
            if ($node->right !== null) $stack[] = $node->right;
        }
        return $root;
    }
}
