# Bug: every request, duplicates included, refreshes the key's window.
defmodule Solution do
  @spec process_requests(ids :: [String.t()], timestamps :: [integer], ttl_ms :: integer) :: [boolean]
  def process_requests(ids, timestamps, ttl_ms) do
    {out, _} =
      Enum.zip(ids, timestamps)
      |> Enum.map_reduce(%{}, fn {key, t}, seen ->
        duplicate = Map.has_key?(seen, key) and t - seen[key] < ttl_ms
        {not duplicate, Map.put(seen, key, t)}
      end)

    out
  end
end
