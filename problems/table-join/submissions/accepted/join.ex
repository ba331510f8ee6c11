defmodule Solution do
  @spec join_tables(users :: [[String.t()]], orders :: [[String.t()]]) :: [[String.t()]]
  def join_tables(users, orders) do
    # Hash join: build on users, probe with orders; ids sort as numbers.
    name_of = Map.new(users, fn [uid, name] -> {uid, name} end)

    for [oid, uid, amount] <- orders, Map.has_key?(name_of, uid) do
      [uid, name_of[uid], oid, amount]
    end
    |> Enum.sort_by(fn [uid, _, oid, _] -> {String.to_integer(uid), String.to_integer(oid)} end)
  end
end
