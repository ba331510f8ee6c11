# Lists only contiguous slices (plus the empty set), missing subsets with gaps.
# @param {Integer[]} nums
# @return {Integer[][]}
def subsets(nums)
  out = [[]]
  (0...nums.size).each { |i| (i + 1..nums.size).each { |j| out << nums[i...j] } }
  out
end
