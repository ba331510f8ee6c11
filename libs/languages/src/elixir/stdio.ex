defmodule Main do
  def main do
    tokens =
      case IO.read(:stdio, :eof) do
        text when is_binary(text) -> String.split(text)
        _ -> []
      end

    IO.puts(solve(tokens))
  end

  # Your solution here: read values with String.to_integer(Enum.at(tokens, i)), compute the answer.
  defp solve(_tokens) do
    0
  end
end

Main.main()
