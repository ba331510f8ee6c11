name = IO.gets("") |> to_string() |> String.trim()
IO.puts("Hello, #{name}!")
