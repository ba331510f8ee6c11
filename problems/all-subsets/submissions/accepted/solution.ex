defmodule Solution do
  @spec subsets(nums :: [integer]) :: [[integer]]
  def subsets(nums) do
    Enum.reduce(nums, [[]], fn x, acc -> acc ++ Enum.map(acc, &(&1 ++ [x])) end)
  end
end
