# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end
# Level by level: no recursion, so a deep chain cannot overflow the stack.
# @param {TreeNode} root
# @return {Integer}
def max_depth(root)
  depth = 0
  level = root ? [root] : []
  until level.empty?
    depth += 1
    level = level.flat_map { |n| [n.left, n.right] }.compact
  end
  depth
end
