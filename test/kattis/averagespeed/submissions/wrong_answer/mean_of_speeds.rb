# Averages the legs' speeds instead of dividing totals.
n = gets.to_i
speeds = Array.new(n) { d, h = gets.split.map(&:to_f); d / h }
puts speeds.sum / n
