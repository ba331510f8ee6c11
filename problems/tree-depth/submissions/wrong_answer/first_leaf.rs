// Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut depth = 0;
        while !level.is_empty() {
            depth += 1;
            let mut next = Vec::new();
            for node in &level {
                let n = node.borrow();
                if n.left.is_none() && n.right.is_none() {
                    return depth;
                }
                next.extend(n.left.clone());
                next.extend(n.right.clone());
            }
            level = next;
        }
        depth
    }
}
