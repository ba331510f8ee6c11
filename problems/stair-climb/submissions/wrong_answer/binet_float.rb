# Bug: Binet's closed form in floating point, which is no longer exact for n in the seventies.
# @param {Integer} n
# @return {Integer}
def climb_stairs(n)
  sqrt5 = Math.sqrt(5)
  (((1 + sqrt5) / 2)**(n + 1) / sqrt5).round
end
