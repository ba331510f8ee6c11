defmodule Main do
  def main do
    IO.puts("never")
  end
end
end
