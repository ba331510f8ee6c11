# A binary heap ordered by a block (Ruby has none built in).
class Heap
  def initialize(&before)
    @a = []
    @before = before
  end

  def size = @a.size
  def top = @a[0]

  def push(x)
    @a << x
    i = @a.size - 1
    while i.positive? && @before.call(x, @a[(i - 1) / 2])
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

      c += 1 if c + 1 < @a.size && @before.call(@a[c + 1], @a[c])
      break unless @before.call(@a[c], x)

      @a[i] = @a[c]
      i = c
    end
    @a[i] = x
    top
  end
end

# Bug: averages the two middle values with integer division, losing the .5.
class MedianFinder
  def initialize
    @low = Heap.new { |a, b| a > b }
    @high = Heap.new { |a, b| a < b }
  end

  # @param {Integer} num
  # @return {Void}
  def add_num(num)
    @low.push(num)
    @high.push(@low.pop)
    @low.push(@high.pop) if @high.size > @low.size
  end

  # @return {Float}
  def find_median
    return @low.top.to_f if @low.size > @high.size

    (@low.top + @high.top) / 2
  end
end
