# Bug: sorts ids as text, so "10" comes before "9".
# @param {String[][]} users
# @param {String[][]} orders
# @return {String[][]}
def join_tables(users, orders)
  name_of = users.to_h
  rows = orders.filter_map { |oid, uid, amount| [uid, name_of[uid], oid, amount] if name_of.key?(uid) }
  rows.sort_by { |r| [r[0], r[2]] }
end
