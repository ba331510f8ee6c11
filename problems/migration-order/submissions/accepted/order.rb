# Kahn's algorithm with a binary min-heap: always run the smallest ready migration.
class MinHeap
  def initialize
    @a = []
  end

  def empty? = @a.empty?

  def push(x)
    @a << x
    i = @a.size - 1
    while i.positive? && @a[(i - 1) / 2] > x
      @a[i] = @a[(i - 1) / 2]
      i = (i - 1) / 2
    end
    @a[i] = x
  end

  def pop
    top = @a[0]
    x = @a.pop
    return top if @a.empty?

    i = 0
    loop do
      c = 2 * i + 1
      break if c >= @a.size

      c += 1 if c + 1 < @a.size && @a[c + 1] < @a[c]
      break if @a[c] >= x

      @a[i] = @a[c]
      i = c
    end
    @a[i] = x
    top
  end
end

# @param {String[]} names
# @param {String[][]} deps
# @return {String[]}
def migration_order(names, deps)
  waiting = names.to_h { |n| [n, 0] }
  unblocks = names.to_h { |n| [n, []] }
  deps.each do |a, b|
    unblocks[b] << a
    waiting[a] += 1
  end
  ready = MinHeap.new
  names.each { |n| ready.push(n) if waiting[n].zero? }
  order = []
  until ready.empty?
    n = ready.pop
    order << n
    unblocks[n].each do |m|
      waiting[m] -= 1
      ready.push(m) if waiting[m].zero?
    end
  end
  order.size == names.size ? order : []
end
