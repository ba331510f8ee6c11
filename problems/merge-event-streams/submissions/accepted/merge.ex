defmodule Solution do
  @spec merge_streams(streams :: [[integer]]) :: [integer]
  def merge_streams(streams) do
    # k-way merge: an ordered set of {head, stream index, rest of the stream} as the min-heap.
    heap =
      streams
      |> Enum.with_index()
      |> Enum.reject(fn {s, _} -> s == [] end)
      |> Enum.map(fn {[h | t], i} -> {h, i, t} end)
      |> :gb_sets.from_list()

    merge(heap, [])
  end

  defp merge(heap, out) do
    if :gb_sets.is_empty(heap) do
      Enum.reverse(out)
    else
      {{value, i, rest}, heap} = :gb_sets.take_smallest(heap)
      heap = if rest == [], do: heap, else: :gb_sets.add({hd(rest), i, tl(rest)}, heap)
      merge(heap, [value | out])
    end
  end
end
