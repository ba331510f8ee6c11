tokens = $stdin.read.split

# Your solution here: read values with tokens[i].to_i, compute the answer.
answer = 0

puts answer
