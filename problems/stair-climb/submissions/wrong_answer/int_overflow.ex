# Keeps the count in 32 bits (as a C int would), which overflows from n = 46 on.
defmodule Solution do
  import Bitwise

  @spec climb_stairs(n :: integer) :: integer
  def climb_stairs(n) do
    {_, cur} = Enum.reduce(2..n//1, {1, 1}, fn _, {prev, cur} -> {cur, wrap(prev + cur)} end)
    cur
  end

  defp wrap(x) do
    x = x &&& 0xFFFFFFFF
    if x >= 0x80000000, do: x - 0x100000000, else: x
  end
end
