defmodule Main do
  def main do
    IO.puts(1
  end
end
