import * as fs from 'fs';

const greet = (name: string): string => `Hello, ${name}!`;
const line: string = fs.readFileSync(0, 'utf8').split('\n')[0].trim();
console.log(greet(line));
