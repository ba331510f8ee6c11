// What a LeetCode TypeScript user writes: ES2022 (Array.prototype.at, Object.hasOwn), Map/Set,
// generics, BigInt, and Node's fs and readline typed by @types/node.
import { readFileSync } from 'fs';
import * as readline from 'readline';

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const input: string = readFileSync(0, 'utf8');
const groups = groupBy([1, 2, 3, 4], (x) => x % 2);
console.log([3, 1, 2].at(-1), Object.hasOwn({ a: 1 }, 'a'), groups.get(0)?.join(','), 2n ** 64n, typeof readline.createInterface, input.length);
