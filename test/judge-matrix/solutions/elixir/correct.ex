[n | rest] = IO.read(:stdio, :eof) |> String.split()
rest |> Enum.take(String.to_integer(n)) |> Enum.map(&String.to_integer/1) |> Enum.sum() |> IO.puts()
