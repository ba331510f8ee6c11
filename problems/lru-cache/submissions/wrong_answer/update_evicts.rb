# Bug: evicts whenever the cache is full, even when the key being written is already cached.
class LRUCache
  def initialize(capacity)
    @capacity = capacity
    @entries = {}
  end

  def get(key)
    return -1 unless @entries.key?(key)

    @entries[key] = @entries.delete(key)
  end

  def put(key, value)
    @entries.delete(@entries.first[0]) if @entries.size >= @capacity
    @entries.delete(key)
    @entries[key] = value
  end
end
