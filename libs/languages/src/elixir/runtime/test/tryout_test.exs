# Tests of the Elixir harness runtime, run in the runner image: `elixir test/tryout_test.exs`.
# Unit checks of the JSON module and the conversions, then whole jobs (compiled like the judge
# does, fd 3 redirected to a file).
Code.require_file("../tryout.ex", __DIR__)
ExUnit.start(autorun: false)

defmodule Tryout.JSONTest do
  use ExUnit.Case, async: true
  alias Tryout.JSON

  test "decodes every JSON value" do
    assert JSON.decode!(~s( {"a": [1, -2.5, 1e3, 2E-2, true, false, null], "b": {}} )) ==
             %{"a" => [1, -2.5, 1000.0, 0.02, true, false, nil], "b" => %{}}
    assert JSON.decode!("[]") == []
    assert JSON.decode!("9223372036854775807") == 9_223_372_036_854_775_807
  end

  test "decodes string escapes and unicode" do
    assert JSON.decode!(~S("a\"b\\c\/d\n\t\u00e9\ud83d\ude00")) == "a\"b\\c/d\n\té😀"
    assert JSON.decode!(~s("héllo")) == "héllo"
  end

  test "refuses malformed JSON" do
    for text <- ["[1,", "{\"a\" 1}", "01x", "\"abc", "[1] 2", "tru", ~S("\ud800")] do
      assert_raise JSON.DecodeError, fn -> JSON.decode!(text) end
    end
  end

  test "encodes values, escaping what JSON needs" do
    assert JSON.encode!([1, 2.0, 0.1, -3, nil, true, "a\"\\\n\u0001é"]) ==
             ~S([1,2.0,0.1,-3,null,true,"a\"\\\n\u0001é"])
    assert JSON.encode!(%{"k" => [[]]}) == ~S({"k":[[]]})
    assert JSON.encode!(123_456_789_012_345_678_901) == "123456789012345678901"
  end

  test "refuses values JSON cannot hold" do
    for value <- [{1, 2}, :atom, <<255>>, self(), %ListNode{}] do
      assert_raise JSON.EncodeError, fn -> JSON.encode!(value) end
    end
  end
end

defmodule Tryout.HarnessTest do
  use ExUnit.Case, async: true
  alias Tryout.{CandidateError, Harness}

  test "converts arguments to the declared types" do
    assert Harness.arg([1, 2], "int", 1) == [1, 2]
    assert Harness.arg([1, 2.5], "double", 1) == [1.0, 2.5]
    assert Harness.arg([["a"], []], "string", 2) == [["a"], []]
    assert Harness.arg(nil, "int", 1) == nil
    assert_raise ArgumentError, fn -> Harness.arg(1.5, "int", 0) end
    assert_raise ArgumentError, fn -> Harness.arg(1, "bool", 0) end
  end

  test "builds lists and trees, and reads them back" do
    assert Harness.arg([1, 2], "ListNode", 0) == %ListNode{val: 1, next: %ListNode{val: 2}}
    assert Harness.arg([], "ListNode", 0) == nil
    tree = Harness.arg([3, 9, 20, nil, nil, 15, 7], "TreeNode", 0)
    assert tree.left == %TreeNode{val: 9}
    assert tree.right.left.val == 15 and tree.right.right.val == 7
    assert Harness.ret(tree, "TreeNode", 0) == [3, 9, 20, nil, nil, 15, 7]
    assert Harness.ret(Harness.to_tree([1, nil, 2, nil, 3]), "TreeNode", 0) == [1, nil, 2, nil, 3]
    assert Harness.ret(nil, "TreeNode", 0) == []
    assert Harness.ret(nil, "ListNode", 0) == []
    assert Harness.ret(Harness.to_list([4, 5]), "ListNode", 0) == [4, 5]
  end

  test "checks what the candidate returns" do
    assert Harness.ret(2, "double", 0) === 2.0
    assert Harness.ret(:ok, "void", 0) == nil
    assert_raise CandidateError, fn -> Harness.ret(5, "int", 1) end
    assert_raise CandidateError, fn -> Harness.ret([1], "ListNode", 0) end
    assert_raise CandidateError, fn -> Harness.ret("x", "double", 0) end
  end

  test "reads design calls" do
    signature = %{
      "kind" => "class",
      "name" => "C",
      "ctor" => [["int", 0]],
      "methods" => %{"addNum" => %{"call" => "add_num", "params" => [["int", 0]], "returns" => ["void", 0]}}
    }

    assert Harness.calls(signature, [~s(["C","addNum"]), "[[1],[2]]"]) ==
             [{"C", "init_", [1]}, {"addNum", "add_num", [2]}]
    assert_raise ArgumentError, fn -> Harness.calls(signature, [~s(["C","x"]), "[[1],[2]]"]) end
    assert_raise ArgumentError, fn -> Harness.calls(signature, [~s(["D"]), "[[1]]"]) end
  end

  test "a trace keeps the candidate's frames only" do
    trace = [{Solution, :f, 1, [file: ~c"solution.ex", line: 3]}, {Tryout.Harness, :run, 2, [file: ~c"tryout.ex", line: 9]}]
    text = Harness.describe(:error, %RuntimeError{message: "boom"}, trace)
    assert text =~ "** (RuntimeError) boom"
    assert text =~ "solution.ex:3: Solution.f/1"
    refute text =~ "tryout.ex"
  end
end

defmodule Tryout.JobTest do
  # Whole jobs, compiled and run as the judge does (elixirc, then erl calling Tryout.Harness.cli).
  use ExUnit.Case, async: false
  # Each job starts two VMs; a loaded machine makes that slow in wall time.
  @moduletag timeout: 600_000
  @runtime Path.expand("..", __DIR__)
  @run "erl -noshell -boot no_dot_erlang -pa /usr/lib/elixir/lib/elixir/ebin -pa . -s Elixir.Tryout.Harness cli"

  defp job(solution, signature, stdin, fd3 \\ "3>result") do
    dir = Path.join(System.tmp_dir!(), "tryout-ex-test-#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    File.cp!(Path.join(@runtime, "tryout.ex"), Path.join(dir, "tryout.ex"))
    File.write!(Path.join(dir, "solution.ex"), solution)
    File.write!(Path.join(dir, "tryout-signature.json"), Tryout.JSON.encode!(signature))
    File.write!(Path.join(dir, "input"), stdin)
    {_, 0} = System.cmd("elixirc", ["-o", ".", "tryout.ex", "solution.ex"], cd: dir)
    {out, code} = System.cmd("sh", ["-c", "#{@run} <input #{fd3} 2>err"], cd: dir)
    result = File.read(Path.join(dir, "result"))
    err = File.read!(Path.join(dir, "err"))
    File.rm_rf!(dir)
    %{code: code, out: out, err: err, result: result}
  end

  @two_sum %{"kind" => "function", "name" => "twoSum", "call" => "two_sum", "params" => [["int", 1], ["int", 0]], "returns" => ["int", 1]}

  test "a function's result goes to fd 3, its prints to stdout" do
    solution = """
    defmodule Solution do
      @spec two_sum(nums :: [integer], target :: integer) :: [integer]
      def two_sum(nums, target) do
        IO.puts("hi")
        pairs = for {a, i} <- Enum.with_index(nums), {b, j} <- Enum.with_index(nums), i < j, a + b == target, do: [i, j]
        hd(pairs)
      end
    end
    """

    assert %{code: 0, out: "hi\n", result: {:ok, "[0,1]"}} = job(solution, @two_sum, "[2,7,11,15]\n9\n")
  end

  test "a candidate exception exits 1 with its own trace; bad input exits 97" do
    solution = """
    defmodule Solution do
      def two_sum(_nums, _target) do
        raise "boom"
      end
    end
    """

    %{code: 1, err: err, result: {:ok, ""}} = job(solution, @two_sum, "[1]\n1\n")
    assert err =~ "** (RuntimeError) boom"
    assert err =~ "solution.ex:3"
    %{code: 97, err: err} = job(solution, @two_sum, "[1,\n")
    assert err =~ "tryout harness: cannot read the test input"
    %{code: 97, err: err} = job("defmodule Solution do\n def two_sum(_, _), do: []\nend\n", @two_sum, "[1]\n1\n", "3>/dev/full")
    assert err =~ "tryout harness: cannot write the result channel (fd 3)"
  end

  test "text beyond Latin-1 survives the input and the result" do
    signature = %{"kind" => "function", "name" => "shout", "call" => "shout", "params" => [["string", 0]], "returns" => ["string", 0]}
    solution = "defmodule Solution do\n  def shout(s), do: s <> \"!\"\nend\n"
    assert %{code: 0, result: {:ok, ~s("héllo € 😀!")}} = job(solution, signature, ~s("héllo € 😀"\n))
  end

  test "a design module: init_ first, then each call in order" do
    solution = """
    defmodule MedianFinder do
      def init_(), do: Process.put(:nums, [])
      def add_num(num), do: Process.put(:nums, [num | Process.get(:nums)])
      def find_median() do
        nums = Enum.sort(Process.get(:nums))
        n = length(nums)
        if rem(n, 2) == 1, do: Enum.at(nums, div(n, 2)), else: (Enum.at(nums, div(n, 2) - 1) + Enum.at(nums, div(n, 2))) / 2
      end
    end
    """

    signature = %{
      "kind" => "class",
      "name" => "MedianFinder",
      "ctor" => [],
      "methods" => %{
        "addNum" => %{"call" => "add_num", "params" => [["int", 0]], "returns" => ["void", 0]},
        "findMedian" => %{"call" => "find_median", "params" => [], "returns" => ["double", 0]}
      }
    }

    input = ~s(["MedianFinder","addNum","addNum","findMedian","addNum","findMedian"]\n[[],[1],[2],[],[3],[]]\n)
    assert %{code: 0, result: {:ok, "[null,null,null,1.5,null,2.0]"}} = job(solution, signature, input)
  end
end

ExUnit.run()
|> then(fn %{failures: failures} -> System.halt(if failures == 0, do: 0, else: 1) end)
