import { readFileSync } from 'fs';

const data: string[] = readFileSync(0, 'utf8').trim().split(/\s+/);
const n: number = Number(data[0]);
let sum = 0n;
for (let i = 1; i <= n; i++) sum += BigInt(data[i]);
console.log(sum.toString());
