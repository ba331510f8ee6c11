import { readFileSync } from 'fs';

const data: string[] = readFileSync(0, 'utf8').trim().split(/\s+/);
console.log(String(-Number(data[0])));
