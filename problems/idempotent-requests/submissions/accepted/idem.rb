# Remembers when each id was last processed; a repeat inside the window is a duplicate.
# @param {String[]} ids
# @param {Integer[]} timestamps
# @param {Integer} ttl_ms
# @return {Boolean[]}
def process_requests(ids, timestamps, ttl_ms)
  processed_at = {}
  ids.zip(timestamps).map do |key, t|
    last = processed_at[key]
    if last && t - last < ttl_ms
      false
    else
      processed_at[key] = t
      true
    end
  end
end
