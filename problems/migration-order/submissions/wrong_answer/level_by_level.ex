# Bug: runs whole "levels" (sorted) at a time: a valid order, but not the smallest one.
defmodule Solution do
  @spec migration_order(names :: [String.t()], deps :: [[String.t()]]) :: [String.t()]
  def migration_order(names, deps) do
    waiting = Enum.reduce(deps, Map.new(names, &{&1, 0}), fn [a, _], w -> Map.update!(w, a, &(&1 + 1)) end)
    unblocks = Enum.reduce(deps, Map.new(names, &{&1, []}), fn [a, b], u -> Map.update!(u, b, &[a | &1]) end)
    level = names |> Enum.filter(&(waiting[&1] == 0)) |> Enum.sort()
    order = levels(level, waiting, unblocks, [])
    if length(order) == length(names), do: order, else: []
  end

  defp levels([], _waiting, _unblocks, order), do: order

  defp levels(level, waiting, unblocks, order) do
    {next, waiting} =
      Enum.reduce(level, {[], waiting}, fn n, acc ->
        Enum.reduce(unblocks[n], acc, fn m, {next, w} ->
          w = Map.update!(w, m, &(&1 - 1))
          if w[m] == 0, do: {[m | next], w}, else: {next, w}
        end)
      end)

    levels(Enum.sort(next), waiting, unblocks, order ++ level)
  end
end
