# Tryout's compile step for Elixir scripts (stdio programs, validators): parses each file given
# without running it (elixirc would execute a script's top-level code). A syntax error raises with
# Elixir's own message, file and line, and exits 1.
for file <- System.argv() do
  Code.string_to_quoted!(File.read!(file), file: file)
end
