IO.read(:stdio, :eof) |> String.split() |> length() |> IO.puts()
