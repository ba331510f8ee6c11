# Bug: sorts ids as text, so "10" comes before "9".
defmodule Solution do
  @spec join_tables(users :: [[String.t()]], orders :: [[String.t()]]) :: [[String.t()]]
  def join_tables(users, orders) do
    name_of = Map.new(users, fn [uid, name] -> {uid, name} end)

    for [oid, uid, amount] <- orders, Map.has_key?(name_of, uid) do
      [uid, name_of[uid], oid, amount]
    end
    |> Enum.sort_by(fn [uid, _, oid, _] -> {uid, oid} end)
  end
end
