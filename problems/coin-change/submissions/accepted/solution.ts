function coinChange(coins: number[], amount: number): number {
  // Breadth-first search over amounts: the first time we reach `amount` uses the fewest coins.
  if (amount === 0) return 0;
  const seen = new Uint8Array(amount + 1);
  let frontier = [0];
  seen[0] = 1;
  for (let steps = 1; frontier.length > 0; steps++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const c of coins) {
        const w = v + c;
        if (w === amount) return steps;
        if (w < amount && !seen[w]) {
          seen[w] = 1;
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return -1;
}
