defmodule Main do
  def spin(x), do: spin(x + 1)
end

Main.spin(0)
