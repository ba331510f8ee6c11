name = $stdin.gets.to_s.strip
puts "Hello, #{name}!"
