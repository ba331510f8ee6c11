// Swaps the root's two subtrees but leaves everything below them untouched.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = &root {
            let mut n = node.borrow_mut();
            let left = n.left.take();
            n.left = n.right.take();
            n.right = left;
        }
        root
    }
}
