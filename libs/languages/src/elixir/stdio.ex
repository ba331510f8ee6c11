tokens =
  case IO.read(:stdio, :eof) do
    text when is_binary(text) -> String.split(text)
    :eof -> []
  end

defmodule Main do
  # Your solution here: read values with String.to_integer(Enum.at(tokens, i)), compute the answer.
  def solve(_tokens) do
    0
  end
end

IO.puts(Main.solve(tokens))
