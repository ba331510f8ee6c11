// Bug: sorts ids as text, so "10" comes before "9".
function joinTables(users: string[][], orders: string[][]): string[][] {
  const nameOf = new Map<string, string>();
  for (const [id, name] of users) nameOf.set(id, name);
  const rows: string[][] = [];
  for (const [orderId, userId, amount] of orders) {
    const name = nameOf.get(userId);
    if (name !== undefined) rows.push([userId, name, orderId, amount]);
  }
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => byText(a[0], b[0]) || byText(a[2], b[2]));
  return rows;
}
