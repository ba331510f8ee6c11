defmodule Solution do
  @spec next_page(sorted_ids :: [integer], after_id :: integer, limit :: integer) :: [integer]
  def next_page(sorted_ids, after_id, limit) do
    # Binary search over a tuple for the first id greater than the anchor (it may be gone).
    ids = List.to_tuple(sorted_ids)
    start = first_greater(ids, after_id, 0, tuple_size(ids))
    Enum.slice(sorted_ids, start, limit)
  end

  defp first_greater(_ids, _x, lo, hi) when lo >= hi, do: lo

  defp first_greater(ids, x, lo, hi) do
    mid = div(lo + hi, 2)
    if elem(ids, mid) <= x, do: first_greater(ids, x, mid + 1, hi), else: first_greater(ids, x, lo, mid)
  end
end
