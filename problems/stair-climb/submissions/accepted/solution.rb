# Fibonacci bottom-up (Ruby integers never overflow).
# @param {Integer} n
# @return {Integer}
def climb_stairs(n)
  prev = cur = 1
  (n - 1).times { prev, cur = cur, prev + cur }
  cur
end
