# Bug: searches for the first id >= the anchor, so the anchor itself is repeated at the top of the next page.
# @param {Integer[]} sorted_ids
# @param {Integer} after_id
# @param {Integer} limit
# @return {Integer[]}
def next_page(sorted_ids, after_id, limit)
  start = sorted_ids.bsearch_index { |id| id >= after_id } || sorted_ids.size
  sorted_ids[start, limit] || []
end
