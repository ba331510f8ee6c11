const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);
console.log(String(Number(data[0])));
