const tokens = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);

// Your solution here: read values with Number(tokens[i]) (BigInt beyond 2^53), compute the answer.
const answer = 0;

process.stdout.write(`${answer}\n`);
