# frozen_string_literal: true

# Tests of the Ruby harness runtime, run in the Ruby runner image (runtime.int.ts runs this file).
# Whole runs (stdin in, fd 3 out, exit codes) go through child processes with a tiny main.rb, as
# the judge runs them. Prints `ok <count>` and exits 0, or names the first failed check and exits 1.

require_relative '../tryout_runtime'
require 'tmpdir'

$checks = 0

def check(cond, what)
  $checks += 1
  return if cond

  warn "check failed: #{what}"
  exit 1
end

RUNTIME = File.expand_path('../tryout_runtime.rb', __dir__)

# Runs main_rb (which requires the runtime) with `solution` as solution.rb and `stdin`; returns
# [exit status, fd 3, stdout, stderr].
def run(main_rb, solution, stdin)
  Dir.mktmpdir do |dir|
    File.write(File.join(dir, 'main.rb'), "require #{RUNTIME.dump}\nTryout.abort_exit = 97\n#{main_rb}")
    File.write(File.join(dir, 'solution.rb'), solution)
    result_r, result_w = IO.pipe
    out_r, out_w = IO.pipe
    err_r, err_w = IO.pipe
    in_r, in_w = IO.pipe
    pid = spawn(RbConfig.ruby, 'main.rb', chdir: dir, in: in_r, out: out_w, err: err_w, 3 => result_w)
    [in_r, result_w, out_w, err_w].each(&:close)
    in_w.write(stdin)
    in_w.close
    outputs = [result_r, out_r, err_r].map { |io| Thread.new { io.read } }.map(&:value)
    Process.wait(pid)
    [$?.exitstatus, *outputs]
  end
end

# ---- conversions, in process

check(Tryout.arg([1, 2], 'int', 1) == [1, 2], 'int[]')
check(Tryout.arg(9_007_199_254_740_993, 'long', 0) == 9_007_199_254_740_993, 'long beyond 2^53')
check(Tryout.arg(1, 'double', 0).eql?(1.0), 'an integer JSON value is a Float double')
check(Tryout.arg([['a', ''], []], 'string', 2) == [['a', ''], []], 'string[][]')
check(Tryout.from_list(Tryout.to_list([1, 2, 3])) == [1, 2, 3], 'list round trip')
check(Tryout.to_list([]).nil?, 'an empty list is nil')
['[3,9,20,null,null,15,7]', '[1,null,2,3]', '[1,2]', '[]'].each do |text|
  check(JSON.generate(Tryout.from_tree(Tryout.to_tree(JSON.parse(text)))) == text, "tree round trip #{text}")
end
check(Tryout.from_tree(Tryout.to_tree([1, 2, nil, nil, nil])) == [1, 2], 'trailing nulls dropped')
%w[1.5 "1" true null].each do |text|
  check((begin
    Tryout.arg(JSON.parse(text), 'int', 0)
    false
  rescue ArgumentError
    true
  end), "#{text} is not an int")
end
cyclic = Tryout.to_list([1, 2])
cyclic.next.next = cyclic
check((begin
  Tryout.from_list(cyclic)
  false
rescue Tryout::CandidateFault => e
  e.message.include?('cycle')
end), 'a cyclic list is the candidate\'s fault')
shared = Tryout.to_tree([1, 2])
shared.right = shared.left
check((begin
  Tryout.from_tree(shared)
  false
rescue Tryout::CandidateFault => e
  e.message.include?('shared node')
end), 'a shared tree node is the candidate\'s fault')
check(Tryout.ret([[1.5, 2]], 'double', 2) == [[1.5, 2.0]], 'double[][] result')

# ---- whole runs

TWO_SUM = "Tryout.run_function('two_sum', [['int', 1], ['int', 0]], ['int', 1])\n"
SOLUTION = <<~RUBY
  def two_sum(nums, target)
    puts '[0,0]'
    warn 'to stderr'
    raise ArgumentError, 'negative' if target.negative?
    seen = {}
    nums.each_with_index do |x, i|
      return [seen[target - x], i] if seen.key?(target - x)
      seen[x] = i
    end
    []
  end
RUBY

status, result, out, err = run(TWO_SUM, SOLUTION, "[2,7,11,15]\r\n9\n")
check(status.zero? && result == '[0,1]' && out == "[0,0]\n" && err == "to stderr\n", "two_sum: #{[status, result, out, err]}")

status, result, out, err = run(TWO_SUM, SOLUTION, "[2,7]\n-1\n")
check(status == 1 && result.empty? && out == "[0,0]\n", "a raise exits 1: #{[status, result, out]}")
check(err.start_with?("to stderr\nsolution.rb:4:in `two_sum': negative (ArgumentError)"), "the trace starts at solution.rb:4: #{err}")
check(!err.include?('tryout_runtime') && !err.include?('main.rb'), "harness frames are trimmed: #{err}")

['[1,2,\n3\n', "[1,2]\n", "[1]\n1.5\n"].each do |stdin|
  status, result, out, err = run(TWO_SUM, SOLUTION, stdin)
  check(status == 97 && result.empty? && out.empty? && err.start_with?('tryout harness: cannot read the test input: '),
        "unreadable input #{stdin.inspect} aborts with 97: #{[status, err]}")
end

status, _, _, err = run("Tryout.run_function('half', [['int', 0]], ['double', 0])\n", "def half(x) = x / 0.0\n", "0\n")
check(status == 1 && err.include?('not a JSON number'), "NaN is the candidate's fault: #{[status, err]}")

LRU = <<~RUBY
  Tryout.run_class('Cache', [['int', 0]], {
    'get' => ['get', [['int', 0]], ['int', 0]],
    'put' => ['put', [['int', 0], ['string', 0]], ['void', 0]],
    'keysList' => ['keys_list', [], ['int', 1]],
  })
RUBY
CACHE = <<~RUBY
  class Cache
    def initialize(capacity)
      @h = {}
      @keys = []
    end
    def get(key) = @h.fetch(key, -1)
    def put(key, value)
      @h[key] = value
      @keys << key
    end
    def keys_list = @keys
  end
RUBY
status, result, _, err = run(LRU, CACHE, "[\"Cache\",\"put\",\"keysList\",\"put\",\"get\",\"get\"]\n[[2],[1,\"a\"],[],[2,\"b\"],[1],[3]]\n")
# keysList's array is serialised at once: the later put must not change it.
check(status.zero? && result == '[null,null,[1],null,"a",-1]', "design class: #{[status, result, err]}")

status, _, _, err = run(LRU, CACHE, "[\"Cache\",\"evict\"]\n[[2],[]]\n")
check(status == 97 && err.include?('unknown operation'), "an unknown operation aborts: #{[status, err]}")

status, result, = run("Tryout.run_function('f', [['int', 0]], ['long', 0])\n", "def f(x) = 2**62 + x\n", "1\n")
check(status.zero? && result == '4611686018427387905', "longs are written exactly: #{result}")

status, _, _, err = run("Tryout.run_function('f', [['int', 0]], ['int', 0])\n", "def f(x) = f(x + 1)\n", "1\n")
check(status == 1 && err.include?('stack level too deep'), "deep recursion is the candidate's SystemStackError: #{[status, err[0, 200]]}")

puts "ok #{$checks}"
