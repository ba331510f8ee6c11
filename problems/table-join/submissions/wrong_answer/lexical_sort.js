// Bug: sorts ids as text, so "10" comes before "9".
var joinTables = function (users, orders) {
  const nameOf = new Map(users.map(([id, name]) => [id, name]));
  const rows = [];
  for (const [oid, uid, amount] of orders) {
    if (nameOf.has(uid)) rows.push([uid, nameOf.get(uid), oid, amount]);
  }
  const text = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => text(a[0], b[0]) || text(a[2], b[2]));
  return rows;
};
