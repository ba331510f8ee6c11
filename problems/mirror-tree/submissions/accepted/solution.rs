use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // An explicit stack: a path-shaped tree must not recurse.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let mut n = node.borrow_mut();
            let left = n.left.take();
            n.left = n.right.take();
            n.right = left;
            stack.extend(n.left.clone());
            stack.extend(n.right.clone());
        }
        root
    }
}
