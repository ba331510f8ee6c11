# Each value doubles the list: every subset so far, without and with it.
# @param {Integer[]} nums
# @return {Integer[][]}
def subsets(nums)
  nums.reduce([[]]) { |out, x| out + out.map { |s| s + [x] } }
end
