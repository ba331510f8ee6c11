defmodule Solution do
  @spec invert_tree(root :: TreeNode.t() | nil) :: TreeNode.t() | nil
  def invert_tree(nil), do: nil

  def invert_tree(%TreeNode{left: left, right: right} = node) do
    %TreeNode{node | left: invert_tree(right), right: invert_tree(left)}
  end
end
