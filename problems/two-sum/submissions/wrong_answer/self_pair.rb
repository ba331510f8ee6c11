# Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
# @param {Integer[]} nums
# @param {Integer} target
# @return {Integer[]}
def two_sum(nums, target)
  index = {}
  nums.each_with_index { |x, i| index[x] = i }
  nums.each_with_index do |x, i|
    return [i, index[target - x]] if index.key?(target - x)
  end
  []
end
