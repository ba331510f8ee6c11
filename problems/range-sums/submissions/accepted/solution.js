const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = data[0], q = data[1];
// BigInt-free: partial sums stay below 2^53 (at most 10^5 * 10^9 = 10^14).
const pre = new Float64Array(n + 1);
for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + data[2 + i];
const out = [];
for (let i = 0, pos = 2 + n; i < q; i++, pos += 2) out.push(pre[data[pos + 1]] - pre[data[pos] - 1]);
process.stdout.write(out.join('\n') + '\n');
