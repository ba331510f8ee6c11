defmodule Solution do
  @spec can_finish(num_courses :: integer, prerequisites :: [[integer]]) :: boolean
  def can_finish(num_courses, prerequisites) do
    indegree = Enum.reduce(prerequisites, %{}, fn [a, _], d -> Map.update(d, a, 1, &(&1 + 1)) end)
    next = Enum.group_by(prerequisites, fn [_, b] -> b end, fn [a, _] -> a end)
    ready = Enum.filter(0..(num_courses - 1)//1, &(Map.get(indegree, &1, 0) == 0))
    taken(ready, indegree, next, 0) == num_courses
  end

  # Kahn's algorithm: counts the courses that can be taken.
  defp taken([], _indegree, _next, count), do: count

  defp taken([c | rest], indegree, next, count) do
    {ready, indegree} =
      Enum.reduce(Map.get(next, c, []), {rest, indegree}, fn m, {r, d} ->
        d = Map.update!(d, m, &(&1 - 1))
        if d[m] == 0, do: {[m | r], d}, else: {r, d}
      end)

    taken(ready, indegree, next, count + 1)
  end
end
