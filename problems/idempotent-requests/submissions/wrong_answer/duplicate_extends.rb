# Bug: every request, duplicates included, refreshes the key's window.
# @param {String[]} ids
# @param {Integer[]} timestamps
# @param {Integer} ttl_ms
# @return {Boolean[]}
def process_requests(ids, timestamps, ttl_ms)
  seen = {}
  ids.zip(timestamps).map do |key, t|
    fresh = !(seen.key?(key) && t - seen[key] < ttl_ms)
    seen[key] = t
    fresh
  end
end
