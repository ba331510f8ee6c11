# Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
defmodule Solution do
  @spec two_sum(nums :: [integer], target :: integer) :: [integer]
  def two_sum(nums, target) do
    indexed = Enum.with_index(nums)
    index = Map.new(indexed)
    Enum.find_value(indexed, [], fn {x, i} -> if Map.has_key?(index, target - x), do: [i, index[target - x]] end)
  end
end
