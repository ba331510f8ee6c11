# Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
defmodule Solution do
  @spec max_depth(root :: TreeNode.t() | nil) :: integer
  def max_depth(nil), do: 0
  def max_depth(root), do: levels([root], 1)

  defp levels(level, depth) do
    if Enum.any?(level, &(&1.left == nil and &1.right == nil)) do
      depth
    else
      level |> Enum.flat_map(&[&1.left, &1.right]) |> Enum.reject(&is_nil/1) |> levels(depth + 1)
    end
  end
end
