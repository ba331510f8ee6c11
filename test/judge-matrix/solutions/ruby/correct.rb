data = STDIN.read.split
n = data[0].to_i
puts data[1, n].to_a.sum(&:to_i)
