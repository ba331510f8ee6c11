// Transpiles, but LeetCode reports a compile error at line 3: so must we.
const limit = 10;
const x: number = 'a';
console.log(limit, x);
