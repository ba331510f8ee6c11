defmodule Solution do
  @spec climb_stairs(n :: integer) :: integer
  def climb_stairs(n) do
    {_, cur} = Enum.reduce(2..n//1, {1, 1}, fn _, {prev, cur} -> {cur, prev + cur} end)
    cur
  end
end
