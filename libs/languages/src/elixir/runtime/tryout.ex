# Tryout's Elixir harness runtime (function and design problems). The judge ships it with every job
# beside the candidate's solution.ex and a tryout-signature.json written for the problem: stdin
# holds one test (one JSON value per parameter per line; design problems: a line of operation
# names, then a line of argument arrays), the result is ONE JSON value on fd 3, the candidate's
# prints stay on stdout. A candidate exception exits 1 with its trace on stderr; when the harness
# cannot read its input or write fd 3 it exits 97 with `tryout harness: ...` on stderr.

defmodule ListNode do
  @moduledoc "LeetCode's singly-linked list node."
  @type t :: %__MODULE__{val: integer, next: ListNode.t() | nil}
  defstruct val: 0, next: nil
end

defmodule TreeNode do
  @moduledoc "LeetCode's binary tree node."
  @type t :: %__MODULE__{val: integer, left: TreeNode.t() | nil, right: TreeNode.t() | nil}
  defstruct val: 0, left: nil, right: nil
end

defmodule Tryout.JSON do
  @moduledoc "The JSON the protocol needs (Elixir 1.14 has none in its standard library)."

  defmodule DecodeError do
    defexception [:message]
  end

  defmodule EncodeError do
    defexception [:message]
  end

  @spec decode!(binary) :: term
  def decode!(text) when is_binary(text) do
    {value, rest} = value(skip(text))

    case skip(rest) do
      "" -> value
      _ -> raise DecodeError, "unexpected data after the JSON value"
    end
  end

  defp skip(<<c, rest::binary>>) when c in [?\s, ?\t, ?\r, ?\n], do: skip(rest)
  defp skip(text), do: text

  defp value("null" <> rest), do: {nil, rest}
  defp value("true" <> rest), do: {true, rest}
  defp value("false" <> rest), do: {false, rest}
  defp value("\"" <> rest), do: string(rest, [])
  defp value("[" <> rest), do: array(skip(rest))
  defp value("{" <> rest), do: object(skip(rest))
  defp value(<<c, _::binary>> = text) when c == ?- or c in ?0..?9, do: number(text)
  defp value(_), do: raise(DecodeError, "unexpected token")

  defp array("]" <> rest), do: {[], rest}
  defp array(text), do: items(text, [])

  defp items(text, acc) do
    {item, rest} = value(text)

    case skip(rest) do
      "," <> rest -> items(skip(rest), [item | acc])
      "]" <> rest -> {Enum.reverse([item | acc]), rest}
      _ -> raise DecodeError, "expected , or ] in an array"
    end
  end

  defp object("}" <> rest), do: {%{}, rest}
  defp object(text), do: members(text, %{})

  defp members("\"" <> text, acc) do
    {key, rest} = string(text, [])
    {item, rest} = value(skip(expect(skip(rest), ":")))
    acc = Map.put(acc, key, item)

    case skip(rest) do
      "," <> rest -> members(skip(rest), acc)
      "}" <> rest -> {acc, rest}
      _ -> raise DecodeError, "expected , or } in an object"
    end
  end

  defp members(_, _), do: raise(DecodeError, "expected a string key in an object")

  defp expect(text, token) do
    size = byte_size(token)

    case text do
      <<^token::binary-size(size), rest::binary>> -> rest
      _ -> raise DecodeError, "expected #{token}"
    end
  end

  @number ~r/\A-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/
  defp number(text) do
    [literal | parts] = Regex.run(@number, text) || raise(DecodeError, "malformed number")
    rest = binary_part(text, byte_size(literal), byte_size(text) - byte_size(literal))

    case parts do
      [] ->
        {String.to_integer(literal), rest}

      [fraction | exponent] ->
        # Erlang wants a fraction before an exponent: 1e5 is read as 1.0e5.
        mantissa = if fraction == "", do: String.replace(literal, ~r/[eE].*/, "") <> ".0", else: nil
        float_text = if mantissa, do: mantissa <> Enum.join(exponent), else: literal

        try do
          {String.to_float(float_text), rest}
        rescue
          ArgumentError -> raise DecodeError, "number out of range: #{literal}"
        end
    end
  end

  defp string(text, acc) do
    case :binary.match(text, ["\"", "\\"]) do
      {at, 1} ->
        <<chunk::binary-size(at), quote_or_escape, rest::binary>> = text

        if quote_or_escape == ?" do
          {IO.iodata_to_binary([acc, chunk]), rest}
        else
          escape(rest, [acc, chunk])
        end

      :nomatch ->
        raise DecodeError, "unterminated string"
    end
  end

  @escapes %{?" => ?", ?\\ => ?\\, ?/ => ?/, ?b => ?\b, ?f => ?\f, ?n => ?\n, ?r => ?\r, ?t => ?\t}
  defp escape(<<"u", hex::binary-size(4), rest::binary>>, acc) do
    case {hex_code(hex), rest} do
      {high, <<"\\u", low::binary-size(4), rest::binary>>} when high in 0xD800..0xDBFF ->
        low = hex_code(low)
        if low not in 0xDC00..0xDFFF, do: raise(DecodeError, "bad surrogate pair")
        string(rest, [acc, <<0x10000 + Bitwise.bsl(high - 0xD800, 10) + (low - 0xDC00)::utf8>>])

      {code, _} when code in 0xD800..0xDFFF ->
        raise DecodeError, "lone surrogate \\u#{hex}"

      {code, rest} ->
        string(rest, [acc, <<code::utf8>>])
    end
  end

  defp escape(<<c, rest::binary>>, acc) when is_map_key(@escapes, c), do: string(rest, [acc, @escapes[c]])
  defp escape(_, _), do: raise(DecodeError, "bad escape in a string")

  defp hex_code(hex) do
    case Integer.parse(hex, 16) do
      {code, ""} -> code
      _ -> raise DecodeError, "bad \\u escape"
    end
  end

  @doc "JSON text of nil, booleans, numbers, UTF-8 strings, lists and maps; anything else raises."
  @spec encode!(term) :: binary
  def encode!(value), do: IO.iodata_to_binary(encode(value))

  defp encode(nil), do: "null"
  defp encode(true), do: "true"
  defp encode(false), do: "false"
  defp encode(n) when is_integer(n), do: Integer.to_string(n)
  defp encode(x) when is_float(x), do: :erlang.float_to_binary(x, [:short])

  defp encode(s) when is_binary(s) do
    if String.valid?(s), do: [?", escape_string(s), ?"], else: raise(EncodeError, "a string is not valid UTF-8")
  end

  defp encode(list) when is_list(list), do: [?[, Enum.map_intersperse(list, ?,, &encode/1), ?]]

  defp encode(map) when is_map(map) and not is_struct(map) do
    pairs = Enum.map_intersperse(map, ?,, fn {k, v} -> [encode(key(k)), ?:, encode(v)] end)
    [?{, pairs, ?}]
  end

  defp encode(other), do: raise(EncodeError, "#{inspect(other, limit: 5)} has no JSON form")

  defp key(k) when is_binary(k), do: k
  defp key(k) when is_atom(k) or is_integer(k), do: to_string(k)
  defp key(k), do: raise(EncodeError, "#{inspect(k, limit: 5)} is not a JSON object key")

  defp escape_string(s) do
    Regex.replace(~r/["\\\x00-\x1f]/, s, fn
      "\"" -> "\\\""
      "\\" -> "\\\\"
      "\n" -> "\\n"
      "\r" -> "\\r"
      "\t" -> "\\t"
      <<c>> -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
    end)
  end
end

defmodule Tryout.CandidateError do
  @moduledoc "A fault of the candidate's value that Elixir itself would not raise."
  defexception [:message]
end

defmodule Tryout.Harness do
  @moduledoc "Reads the signature and one test, calls the candidate, writes ONE JSON value to fd 3."

  alias Tryout.{CandidateError, JSON}

  @abort_exit_code 97
  @signature_file "tryout-signature.json"

  @doc """
  Entry point of a job, run by `erl -s Elixir.Tryout.Harness cli` (the `elixir` launcher costs twice
  the CPU): starts Elixir, reads stdin as UTF-8 binaries as `elixir` would, runs, then halts.
  """
  def cli do
    {:ok, _} = Application.ensure_all_started(:elixir)
    :ok = :io.setopts(:standard_io, binary: true, encoding: :unicode)
    main(File.cwd!())
    System.halt(0)
  end

  def main(dir) do
    {signature, calls} =
      try do
        signature = JSON.decode!(File.read!(Path.join(dir, @signature_file)))
        lines = read_lines()
        {signature, calls(signature, lines)}
      rescue
        err -> abort("cannot read the test input", Exception.message(err))
      end

    result =
      try do
        run(signature, calls)
      catch
        kind, reason -> candidate_failed(kind, reason, __STACKTRACE__)
      end

    data =
      try do
        JSON.encode!(result)
      rescue
        err in JSON.EncodeError ->
          IO.write(:stderr, "The returned value cannot be serialised as JSON: #{err.message}\n")
          System.halt(1)
      end

    write_result(data)
  end

  # IO.read, not binread: stdin is in unicode mode (as under `elixir`), where binread refuses
  # characters beyond Latin-1.
  defp read_lines do
    case IO.read(:stdio, :eof) do
      data when is_binary(data) -> lines(data)
      _ -> []
    end
  end

  @doc "Non-blank lines of a test."
  def lines(data), do: data |> String.split("\n") |> Enum.reject(&(String.trim(&1) == ""))

  @doc "The calls a test asks for: `[{function, args}]`, the constructor `init_` first for a design."
  def calls(%{"kind" => "function", "params" => types, "call" => name}, lines) do
    if length(lines) < length(types) do
      raise ArgumentError, "expected #{length(types)} input lines, got #{length(lines)}"
    end

    args = Enum.zip_with(types, lines, fn [base, dims], line -> arg(JSON.decode!(line), base, dims) end)
    [{name, args}]
  end

  def calls(%{"kind" => "class", "name" => class, "ctor" => ctor, "methods" => methods}, lines) do
    with [ops_line, args_line | _] <- lines,
         ops when is_list(ops) and ops != [] <- JSON.decode!(ops_line),
         args when is_list(args) and length(args) == length(ops) <- JSON.decode!(args_line) do
      if hd(ops) != class, do: raise(ArgumentError, "the first operation must be #{class}, got #{inspect(hd(ops))}")

      Enum.zip(ops, args)
      |> Enum.with_index()
      |> Enum.map(fn {{op, a}, i} ->
        {call, types} =
          cond do
            i == 0 -> {"init_", ctor}
            is_map_key(methods, op) -> {methods[op]["call"], methods[op]["params"]}
            true -> raise ArgumentError, "unknown operation #{inspect(op)}"
          end

        if not is_list(a) or length(a) != length(types) do
          raise ArgumentError, "operation #{i} (#{op}) needs #{length(types)} arguments"
        end

        {op, call, Enum.zip_with(types, a, fn [base, dims], v -> arg(v, base, dims) end)}
      end)
    else
      _ -> raise ArgumentError, "expected a line of operations and a line of argument arrays of equal length"
    end
  end

  @doc "Calls the candidate; every result is converted right after its call."
  def run(%{"kind" => "function", "returns" => [base, dims]}, [{name, args}]) do
    ret(apply(Solution, String.to_atom(name), args), base, dims)
  end

  def run(%{"kind" => "class", "name" => class, "methods" => methods}, [{_, init, ctor_args} | rest]) do
    module = Module.concat([class])
    apply(module, String.to_atom(init), ctor_args)

    results =
      Enum.map(rest, fn {op, call, args} ->
        [base, dims] = methods[op]["returns"]
        ret(apply(module, String.to_atom(call), args), base, dims)
      end)

    [nil | results]
  end

  @doc "A test value as the candidate's type: lists, ListNode, TreeNode, floats for double."
  def arg(nil, _base, dims) when dims > 0, do: nil
  def arg(v, base, dims) when dims > 0 and is_list(v), do: Enum.map(v, &arg(&1, base, dims - 1))
  def arg(v, base, dims) when dims > 0, do: raise(ArgumentError, "expected a list of #{base}, got #{inspect(v)}")
  def arg(nil, "ListNode", 0), do: nil
  def arg(v, "ListNode", 0) when is_list(v), do: to_list(v)
  def arg(nil, "TreeNode", 0), do: nil
  def arg(v, "TreeNode", 0) when is_list(v), do: to_tree(v)
  def arg(v, "double", 0) when is_number(v), do: v / 1
  def arg(v, base, 0) when base in ["int", "long"] and is_integer(v), do: v
  def arg(v, "bool", 0) when is_boolean(v), do: v
  def arg(v, "string", 0) when is_binary(v), do: v
  def arg(v, base, _), do: raise(ArgumentError, "expected #{base}, got #{inspect(v)}")

  def to_list(values), do: List.foldr(values, nil, fn v, next -> %ListNode{val: v, next: next} end)

  @doc "LeetCode's level order (nil for a missing child) into a tree."
  def to_tree([]), do: nil
  def to_tree([nil | _]), do: nil

  def to_tree(values) do
    # Children by index first (structs are immutable), then the tree bottom-up from the root.
    values = List.to_tuple(values)
    children = link(values, :queue.from_list([0]), 1, %{})
    build(values, children, 0)
  end

  defp link(values, queue, i, children) when i < tuple_size(values) do
    {{:value, parent}, queue} = :queue.out(queue)
    {left, queue} = child(values, queue, i)
    {right, queue} = child(values, queue, i + 1)
    link(values, queue, i + 2, Map.put(children, parent, {left, right}))
  end

  defp link(_, _, _, children), do: children

  defp child(values, queue, i) when i < tuple_size(values) and elem(values, i) != nil, do: {i, :queue.in(i, queue)}
  defp child(_, queue, _), do: {nil, queue}

  defp build(_, _, nil), do: nil

  defp build(values, children, i) do
    {left, right} = Map.get(children, i, {nil, nil})
    %TreeNode{val: elem(values, i), left: build(values, children, left), right: build(values, children, right)}
  end

  @doc "A JSON-ready copy of a candidate's value of the declared type."
  def ret(nil, _base, dims) when dims > 0, do: nil
  def ret(v, base, dims) when dims > 0 and is_list(v), do: Enum.map(v, &ret(&1, base, dims - 1))
  def ret(v, base, dims) when dims > 0, do: candidate_error("expected a list of #{base}, got #{inspect(v, limit: 5)}")
  def ret(_, "void", 0), do: nil
  def ret(v, "ListNode", 0), do: from_list(v, [])
  def ret(v, "TreeNode", 0), do: from_tree(:queue.from_list([v]), [])
  def ret(v, "double", 0) when is_float(v) or is_nil(v), do: v
  def ret(v, "double", 0) when is_integer(v), do: v / 1
  def ret(v, "double", 0), do: candidate_error("the function returned #{inspect(v, limit: 5)}, which is not a JSON number")
  def ret(v, _base, 0), do: v

  defp from_list(nil, acc), do: Enum.reverse(acc)
  defp from_list(%ListNode{val: v, next: next}, acc), do: from_list(next, [v | acc])
  defp from_list(other, _), do: candidate_error("expected a ListNode, got #{inspect(other, limit: 5)}")

  defp from_tree(queue, acc) do
    case :queue.out(queue) do
      {:empty, _} ->
        acc |> Enum.drop_while(&is_nil/1) |> Enum.reverse()

      {{:value, nil}, queue} ->
        from_tree(queue, [nil | acc])

      {{:value, %TreeNode{val: v, left: l, right: r}}, queue} ->
        from_tree(:queue.in(r, :queue.in(l, queue)), [v | acc])

      {{:value, other}, _} ->
        candidate_error("expected a TreeNode, got #{inspect(other, limit: 5)}")
    end
  end

  defp candidate_error(message), do: raise(CandidateError, message)

  @doc "The candidate's failure as Elixir prints it, without the harness's frames."
  def describe(kind, reason, stacktrace) do
    own = Enum.reject(stacktrace, fn entry -> harness_frame?(elem(entry, 0)) end)
    Exception.format(kind, reason, own)
  end

  defp harness_frame?(module), do: module in [Tryout.Harness, Tryout.JSON]

  defp candidate_failed(kind, reason, stacktrace) do
    IO.write(:stderr, describe(kind, reason, stacktrace))
    System.halt(1)
  end

  defp write_result(data) do
    with {:ok, channel} <- :file.open(~c"/proc/self/fd/3", [:append, :raw, :binary]),
         :ok <- :file.write(channel, data),
         :ok <- :file.close(channel) do
      :ok
    else
      {:error, reason} -> abort("cannot write the result channel (fd 3)", inspect(reason))
    end
  end

  defp abort(what, why) do
    IO.write(:stderr, "tryout harness: #{what}: #{why}\n")
    System.halt(@abort_exit_code)
  end
end
