# Bug: starts at the first id >= the anchor, so the anchor itself is repeated on the next page.
defmodule Solution do
  @spec next_page(sorted_ids :: [integer], after_id :: integer, limit :: integer) :: [integer]
  def next_page(sorted_ids, after_id, limit) do
    sorted_ids |> Enum.drop_while(&(&1 < after_id)) |> Enum.take(limit)
  end
end
