var joinTables = function (users, orders) {
  const nameOf = new Map(users.map(([id, name]) => [id, name]));
  const rows = [];
  for (const [oid, uid, amount] of orders) {
    if (nameOf.has(uid)) rows.push([uid, nameOf.get(uid), oid, amount]);
  }
  // Ids have no leading zeros: compare by length first, then as text (exact for any size).
  const num = (a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => num(a[0], b[0]) || num(a[2], b[2]));
  return rows;
};
