data = STDIN.read.split
puts data.size
