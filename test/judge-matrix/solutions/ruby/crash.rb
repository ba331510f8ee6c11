data = STDIN.read
raise ArgumentError, "boom #{data.size}"
