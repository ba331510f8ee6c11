// De-duplicates words, losing repeated occurrences of the same word.
var groupAnagrams = function (strs) {
  const groups = new Map();
  for (const s of new Set(strs)) {
    const key = s.split('').sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  return [...groups.values()];
};
