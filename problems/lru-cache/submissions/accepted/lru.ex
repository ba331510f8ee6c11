defmodule LRUCache do
  # State lives in the process dictionary: the capacity, key => {value, tick}, and an ordered
  # set of {tick, key} whose smallest element is the least recently used key.

  @spec init_(capacity :: integer) :: any
  def init_(capacity) do
    Process.put(:lru, {capacity, 0, %{}, :gb_sets.new()})
  end

  @spec get(key :: integer) :: integer
  def get(key) do
    {capacity, tick, entries, order} = Process.get(:lru)

    case entries do
      %{^key => {value, used}} ->
        order = order |> then(&:gb_sets.delete({used, key}, &1)) |> then(&:gb_sets.add({tick, key}, &1))
        Process.put(:lru, {capacity, tick + 1, Map.put(entries, key, {value, tick}), order})
        value

      _ ->
        -1
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

# Your functions will be called as such:
# LRUCache.init_(capacity)
# param_1 = LRUCache.get(key)
# LRUCache.put(key, value)

# LRUCache.init_ will be called before every test case, in which you can do some necessary initializations.
