# Binary search for the first id greater than the anchor, then take up to `limit` ids.
# @param {Integer[]} sorted_ids
# @param {Integer} after_id
# @param {Integer} limit
# @return {Integer[]}
def next_page(sorted_ids, after_id, limit)
  start = sorted_ids.bsearch_index { |id| id > after_id } || sorted_ids.size
  sorted_ids[start, limit] || []
end
