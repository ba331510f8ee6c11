/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     public $val = null;
 *     public $left = null;
 *     public $right = null;
 *     function __construct($val = 0, $left = null, $right = null) {
 *         $this->val = $val;
 *         $this->left = $left;
 *         $this->right = $right;
 *     }
 * }
 */
class Solution {

    /**
     * @param TreeNode $root
     * @return Integer
     */
    function maxDepth($root) {
        // Level by level, so a degenerate (list-shaped) tree needs no deep recursion.
        $depth = 0;
        $level = $root === null ? [] : [$root];
        while ($level) {
            $depth++;
            $next = [];
            foreach ($level as $node) {
                if ($node->left !== null) $next[] = $node->left;
                if ($node->right !== null) $next[] = $node->right;
            }
            $level = $next;
        }
        return $depth;
    }
}
