// A typical interview solution: generics, Map/Set, array methods, a class and Node's fs.
import { readFileSync } from 'fs';

class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  push(item: T): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(this.items[i], this.items[parent])) break;
      [this.items[i], this.items[parent]] = [this.items[parent], this.items[i]];
      i = parent;
    }
  }
  get size(): number {
    return this.items.length;
  }
}

function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}

const tokens = readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const heap = new MinHeap<number>((a, b) => a < b);
tokens.forEach((t) => heap.push(t));
const unique = new Set(tokens);
console.log(twoSum(tokens, 10).join(' '), heap.size, unique.size, Object.entries({ a: 1 }).at(0));
