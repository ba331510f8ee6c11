defmodule Solution do
  @spec process_requests(ids :: [String.t()], timestamps :: [integer], ttl_ms :: integer) :: [boolean]
  def process_requests(ids, timestamps, ttl_ms) do
    {out, _} =
      Enum.zip(ids, timestamps)
      |> Enum.map_reduce(%{}, fn {key, t}, processed_at ->
        case processed_at do
          %{^key => last} when t - last < ttl_ms -> {false, processed_at}
          _ -> {true, Map.put(processed_at, key, t)}
        end
      end)

    out
  end
end
