const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = data[0];
let d = 0;
let h = 0;
for (let i = 0; i < n; i++) {
  d += data[1 + 2 * i];
  h += data[2 + 2 * i];
}
console.log((d / h).toFixed(8));
