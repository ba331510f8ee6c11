const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, k] = lines[0].split(' ').map(Number);
const counts = new Map();
for (let i = 1; i <= n; i++) {
  const ip = lines[i].split(' ', 1)[0];
  counts.set(ip, (counts.get(ip) || 0) + 1);
}
const top = [...counts.entries()]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .slice(0, k);
process.stdout.write(top.map(([ip, c]) => `${ip} ${c}\n`).join(''));
