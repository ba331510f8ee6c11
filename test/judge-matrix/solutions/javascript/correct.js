const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
const n = Number(data[0]);
let sum = 0n;
for (let i = 1; i <= n; i++) sum += BigInt(data[i]);
console.log(sum.toString());
