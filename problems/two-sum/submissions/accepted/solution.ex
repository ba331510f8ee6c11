defmodule Solution do
  @spec two_sum(nums :: [integer], target :: integer) :: [integer]
  def two_sum(nums, target) do
    nums
    |> Enum.with_index()
    |> Enum.reduce_while(%{}, fn {x, i}, seen ->
      case Map.fetch(seen, target - x) do
        {:ok, j} -> {:halt, [j, i]}
        :error -> {:cont, Map.put(seen, x, i)}
      end
    end)
  end
end
