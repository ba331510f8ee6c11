# Hash join: build on users, probe with orders, then sort numerically by (user id, order id).
# @param {String[][]} users
# @param {String[][]} orders
# @return {String[][]}
def join_tables(users, orders)
  name_of = users.to_h
  rows = orders.filter_map { |oid, uid, amount| [uid, name_of[uid], oid, amount] if name_of.key?(uid) }
  rows.sort_by { |r| [r[0].to_i, r[2].to_i] }
end
