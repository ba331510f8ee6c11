defmodule Solution do
  @entities %{"&" => "&amp;", "<" => "&lt;", ">" => "&gt;", "\"" => "&quot;", "'" => "&#39;"}

  @spec escape_html(text :: String.t()) :: String.t()
  def escape_html(text) do
    # One pass over the text, so an inserted "&amp;" is never escaped again.
    String.replace(text, Map.keys(@entities), fn c -> @entities[c] end)
  end
end
