# Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
defmodule LRUCache do
  @spec init_(capacity :: integer) :: any
  def init_(capacity) do
    Process.put(:lru, {capacity, 0, %{}, :gb_sets.new()})
  end

  @spec get(key :: integer) :: integer
  def get(key) do
    {_, _, entries, _} = Process.get(:lru)

    case entries do
      %{^key => {value, _}} -> value
      _ -> -1
    end
  end

  @spec put(key :: integer, value :: integer) :: any
  def put(key, value) do
    {capacity, tick, entries, order} = Process.get(:lru)

    {entries, order} =
      case entries do
        %{^key => {_, used}} ->
          {entries, :gb_sets.delete({used, key}, order)}

        _ when map_size(entries) >= capacity ->
          {{_, oldest}, order} = :gb_sets.take_smallest(order)
          {Map.delete(entries, oldest), order}

        _ ->
          {entries, order}
      end

    Process.put(:lru, {capacity, tick + 1, Map.put(entries, key, {value, tick}), :gb_sets.add({tick, key}, order)})
  end
end
