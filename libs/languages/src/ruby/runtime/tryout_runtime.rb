# frozen_string_literal: true

# The Ruby harness runtime: reads a test's JSON input into Ruby values (ListNode / TreeNode as on
# LeetCode), calls the candidate's top-level function or design class, and writes ONE JSON value to
# fd 3. The generated main.rb only names the function or class and its types, then calls
# Tryout.run_function or Tryout.run_class. Input errors abort with Tryout.abort_exit (the judge's
# harness-abort code, set by main.rb); the candidate's exceptions and unwritable results are its own
# (exit 1, trace on stderr).

require 'json'

# Definition for singly-linked list (LeetCode's).
class ListNode
  attr_accessor :val, :next

  def initialize(val = 0, _next = nil)
    @val = val
    @next = _next
  end
end

# Definition for a binary tree node (LeetCode's).
class TreeNode
  attr_accessor :val, :left, :right

  def initialize(val = 0, left = nil, right = nil)
    @val = val
    @left = left
    @right = right
  end
end

module Tryout
  SOLUTION_FILE = 'solution.rb'

  # A result the candidate returned that JSON cannot hold (NaN, a cycle): its fault, not ours.
  class CandidateFault < StandardError; end

  class << self
    attr_accessor :abort_exit

    def abort(what, detail)
      $stdout.flush
      $stderr.write("tryout harness: #{what}: #{detail}\n")
      $stderr.flush
      exit!(abort_exit)
    end

    # ---- input (before any candidate code runs)

    def input_lines(want)
      lines = $stdin.binmode.read.force_encoding(Encoding::UTF_8).split("\n").reject { |l| l.strip.empty? }
      raise ArgumentError, "expected #{want} input lines, got #{lines.size}" if lines.size < want

      lines.first(want).map { |line| JSON.parse(line, max_nesting: false) }
    end

    def arg(value, base, dims)
      if dims.positive?
        return nil if value.nil?
        raise ArgumentError, "expected an array of #{base}, got #{value.inspect[0, 80]}" unless value.is_a?(Array)

        return value.map { |x| arg(x, base, dims - 1) }
      end
      case base
      when 'ListNode' then to_list(value)
      when 'TreeNode' then to_tree(value)
      when 'int', 'long' then expect(value, Integer, 'an integer')
      when 'double' then expect(value, Numeric, 'a number').to_f
      when 'bool' then [true, false].include?(value) ? value : expect(value, nil, 'a boolean')
      when 'string' then expect(value, String, 'a string')
      else raise ArgumentError, "unknown type #{base}"
      end
    end

    def expect(value, klass, what)
      return value if klass && value.is_a?(klass)

      raise ArgumentError, "expected #{what}, got #{value.inspect[0, 80]}"
    end

    def to_list(value)
      return nil if value.nil?
      raise ArgumentError, "expected a ListNode array, got #{value.inspect[0, 80]}" unless value.is_a?(Array)

      value.reverse.reduce(nil) { |head, x| ListNode.new(expect(x, Integer, 'an integer'), head) }
    end

    # LeetCode's level order: children of each non-null node in turn, trailing nulls optional.
    def to_tree(value)
      return nil if value.nil?
      raise ArgumentError, "expected a TreeNode level order, got #{value.inspect[0, 80]}" unless value.is_a?(Array)
      return nil if value.empty? || value[0].nil?

      node = ->(x) { x.nil? ? nil : TreeNode.new(expect(x, Integer, 'an integer')) }
      root = node.call(value[0])
      queue = [root]
      head = 0
      i = 1
      while i < value.size && head < queue.size
        parent = queue[head]
        head += 1
        parent.left = node.call(value[i])
        queue << parent.left if parent.left
        i += 1
        break if i >= value.size

        parent.right = node.call(value[i])
        queue << parent.right if parent.right
        i += 1
      end
      root
    end

    # ---- results: a fresh JSON-ready copy right after each call (later mutations change nothing)

    def ret(value, base, dims)
      if dims.positive?
        return nil if value.nil?
        raise CandidateFault, "expected an array, got #{value.class}" unless value.is_a?(Array)

        return value.map { |x| ret(x, base, dims - 1) }
      end
      case base
      when 'void' then nil
      when 'ListNode' then from_list(value)
      when 'TreeNode' then from_tree(value)
      when 'double' then float(value)
      when 'string' then value.is_a?(String) ? value.dup : value
      else value
      end
    end

    def float(value)
      return nil if value.nil?
      raise CandidateFault, "expected a number, got #{value.class}" unless value.is_a?(Numeric)

      x = value.to_f
      raise CandidateFault, "the function returned #{x}, which is not a JSON number" unless x.finite?

      x
    end

    def from_list(head)
      out = []
      seen = {}.compare_by_identity
      until head.nil?
        raise CandidateFault, 'Found cycle in the ListNode' if seen.key?(head)

        seen[head] = true
        out << head.val
        head = head.next
      end
      out
    end

    def from_tree(root)
      return [] if root.nil?

      out = []
      seen = {}.compare_by_identity
      queue = [root]
      head = 0
      while head < queue.size
        node = queue[head]
        head += 1
        if node.nil?
          out << nil
          next
        end
        raise CandidateFault, 'Found a cycle or a shared node in the TreeNode' if seen.key?(node)

        seen[node] = true
        out << node.val
        queue << node.left << node.right
      end
      out.pop while out.last.nil? && !out.empty?
      out
    end

    # ---- running the candidate

    def load_candidate
      source = File.read(SOLUTION_FILE, encoding: 'UTF-8')
      TOPLEVEL_BINDING.eval(source, SOLUTION_FILE, 1)
    end

    # The candidate's exception: its trace from its own frames, exit 1.
    def candidate_failed(error)
      $stdout.flush
      own = (error.backtrace || []).select { |frame| frame.start_with?("#{SOLUTION_FILE}:") }
      error.set_backtrace(own)
      $stderr.write(error.full_message(highlight: false, order: :top))
      $stderr.flush
      exit!(1)
    end

    def guarded
      yield
    rescue SystemExit
      raise
    rescue Exception => e # rubocop:disable Lint/RescueException -- SystemStackError and NoMemoryError are the candidate's too
      candidate_failed(e)
    end

    def emit(value)
      data = begin
        JSON.generate(value)
      rescue JSON::GeneratorError => e
        candidate_failed(CandidateFault.new("The returned value cannot be serialised as JSON: #{e.message}"))
      end
      $stdout.flush
      begin
        io = IO.new(3, 'wb', autoclose: false)
        io.write(data)
        io.flush
      rescue SystemCallError, IOError => e
        abort('cannot write the result channel (fd 3)', e.message)
      end
    end

    def read_input(want)
      yield input_lines(want)
    rescue StandardError => e
      abort('cannot read the test input', e.message)
    end

    # A function problem: `params` and `returns` are [base, dims] pairs.
    def run_function(name, params, returns)
      args = read_input(params.size) do |lines|
        lines.zip(params).map { |value, (base, dims)| arg(value, base, dims) }
      end
      result = guarded do
        load_candidate
        ret(TOPLEVEL_BINDING.receiver.send(name, *args), *returns)
      end
      emit(result)
    end

    # A design problem: `methods` maps each operation name to [ruby method name, params, returns].
    def run_class(class_name, ctor_params, methods)
      calls = read_input(2) { |(ops, args)| read_calls(ops, args, class_name, ctor_params, methods) }
      out = [nil]
      guarded do
        load_candidate
        obj = Object.const_get(class_name).new(*calls[0][1])
        calls.drop(1).each do |method, args, returns|
          out << ret(obj.public_send(method, *args), *returns)
        end
      end
      emit(out)
    end

    def read_calls(ops, args, class_name, ctor_params, methods)
      unless ops.is_a?(Array) && args.is_a?(Array) && !ops.empty? && ops.size == args.size
        raise ArgumentError, 'operations and arguments must be non-empty arrays of equal length'
      end
      raise ArgumentError, "the first operation must be #{class_name}, got #{ops[0].inspect}" unless ops[0] == class_name

      ops.each_with_index.map do |op, i|
        method, params, returns = i.zero? ? [nil, ctor_params, ['void', 0]] : methods[op]
        raise ArgumentError, "unknown operation #{op.inspect}" unless params

        a = args[i]
        unless a.is_a?(Array) && a.size == params.size
          raise ArgumentError, "operation #{i} (#{op}) needs #{params.size} arguments, got #{a.inspect[0, 80]}"
        end

        [method, a.zip(params).map { |value, (base, dims)| arg(value, base, dims) }, returns]
      end
    end
  end
end
