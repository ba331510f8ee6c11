# Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
# @param {TreeNode} root
# @return {Integer}
def max_depth(root)
  depth = 0
  level = root ? [root] : []
  until level.empty?
    depth += 1
    return depth if level.any? { |n| n.left.nil? && n.right.nil? }
    level = level.flat_map { |n| [n.left, n.right] }.compact
  end
  depth
end
