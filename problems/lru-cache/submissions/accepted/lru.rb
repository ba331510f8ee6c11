# A Ruby Hash keeps insertion order: deleting and re-inserting a key makes it the most recent,
# and the first key is the least recently used.
class LRUCache
  # @param {Integer} capacity
  def initialize(capacity)
    @capacity = capacity
    @entries = {}
  end

  # @param {Integer} key
  # @return {Integer}
  def get(key)
    return -1 unless @entries.key?(key)

    @entries[key] = @entries.delete(key)
  end

  # @param {Integer} key
  # @param {Integer} value
  # @return {Void}
  def put(key, value)
    if @entries.key?(key)
      @entries.delete(key)
    elsif @entries.size >= @capacity
      @entries.delete(@entries.first[0])
    end
    @entries[key] = value
  end
end
