var coinChange = function (coins, amount) {
  const INF = amount + 1;
  const best = new Int32Array(amount + 1).fill(INF);
  best[0] = 0;
  for (const c of coins) {
    for (let a = c; a <= amount; a++) best[a] = Math.min(best[a], best[a - c] + 1);
  }
  return best[amount] === INF ? -1 : best[amount];
};
