# Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
defmodule Solution do
  @spec escape_html(text :: String.t()) :: String.t()
  def escape_html(text) do
    [{"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}, {"&", "&amp;"}]
    |> Enum.reduce(text, fn {c, e}, t -> String.replace(t, c, e) end)
  end
end
