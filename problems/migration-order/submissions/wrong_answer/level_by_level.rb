# Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
# @param {String[]} names
# @param {String[][]} deps
# @return {String[]}
def migration_order(names, deps)
  waiting = names.to_h { |n| [n, 0] }
  unblocks = names.to_h { |n| [n, []] }
  deps.each do |a, b|
    unblocks[b] << a
    waiting[a] += 1
  end
  level = names.select { |n| waiting[n].zero? }.sort
  order = []
  until level.empty?
    order.concat(level)
    nxt = []
    level.each do |n|
      unblocks[n].each do |m|
        waiting[m] -= 1
        nxt << m if waiting[m].zero?
      end
    end
    level = nxt.sort
  end
  order.size == names.size ? order : []
end
