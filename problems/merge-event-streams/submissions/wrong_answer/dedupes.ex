# Bug: drops duplicate timestamps, but equal events are distinct events.
defmodule Solution do
  @spec merge_streams(streams :: [[integer]]) :: [integer]
  def merge_streams(streams), do: streams |> List.flatten() |> Enum.uniq() |> Enum.sort()
end
