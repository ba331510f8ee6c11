const data = require('fs').readFileSync(0, 'utf8');
const name = data.split('\n')[0].trim();
console.log(`Hello, ${name}!`);
