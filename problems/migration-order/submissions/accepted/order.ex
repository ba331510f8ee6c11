defmodule Solution do
  @spec migration_order(names :: [String.t()], deps :: [[String.t()]]) :: [String.t()]
  def migration_order(names, deps) do
    waiting = Map.new(names, &{&1, 0})
    unblocks = Map.new(names, &{&1, []})

    {waiting, unblocks} =
      Enum.reduce(deps, {waiting, unblocks}, fn [a, b], {w, u} ->
        {Map.update!(w, a, &(&1 + 1)), Map.update!(u, b, &[a | &1])}
      end)

    # Kahn's algorithm with an ordered set: always run the smallest ready migration.
    ready = names |> Enum.filter(&(waiting[&1] == 0)) |> :gb_sets.from_list()
    order = run(ready, waiting, unblocks, [])
    if length(order) == length(names), do: order, else: []
  end

  defp run(ready, waiting, unblocks, order) do
    if :gb_sets.is_empty(ready) do
      Enum.reverse(order)
    else
      {n, ready} = :gb_sets.take_smallest(ready)

      {ready, waiting} =
        Enum.reduce(unblocks[n], {ready, waiting}, fn m, {r, w} ->
          w = Map.update!(w, m, &(&1 - 1))
          if w[m] == 0, do: {:gb_sets.add(m, r), w}, else: {r, w}
        end)

      run(ready, waiting, unblocks, [n | order])
    end
  end
end
