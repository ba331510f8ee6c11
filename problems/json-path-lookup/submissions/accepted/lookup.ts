function jsonPathLookup(document: string, path: string): string {
  const s = document;
  const isWs = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const skipWs = (i: number): number => {
    while (i < s.length && isWs(s[i])) i++;
    return i;
  };
  const skipString = (i: number): number => {
    i++;
    while (s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
    return i + 1;
  };
  // Returns the index just past the value starting at i.
  const skipValue = (i: number): number => {
    if (s[i] === '"') return skipString(i);
    if (s[i] === '{' || s[i] === '[') {
      let depth = 0;
      for (;;) {
        const c = s[i];
        if (c === '"') {
          i = skipString(i);
          continue;
        }
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
    }
    while (i < s.length && !',]}'.includes(s[i]) && !isWs(s[i])) i++;
    return i;
  };

  let pos = skipWs(0);
  for (const m of path.slice(1).matchAll(/\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]/g)) {
    const key = m[1];
    if (key !== undefined) {
      if (s[pos] !== '{') return 'null';
      let i = skipWs(pos + 1);
      if (s[i] === '}') return 'null';
      for (;;) {
        i = skipWs(i);
        const end = skipString(i);
        const value = skipWs(skipWs(end) + 1);
        if (s.slice(i + 1, end - 1) === key) {
          pos = value;
          break;
        }
        i = skipWs(skipValue(value));
        if (s[i] === '}') return 'null';
        i++;
      }
    } else {
      const target = Number(m[2]);
      if (s[pos] !== '[') return 'null';
      let i = skipWs(pos + 1);
      if (s[i] === ']') return 'null';
      for (let k = 0; ; k++) {
        const value = skipWs(i);
        if (k === target) {
          pos = value;
          break;
        }
        i = skipWs(skipValue(value));
        if (s[i] === ']') return 'null';
        i++;
      }
    }
  }

  const end = skipValue(pos);
  let out = '';
  for (let i = pos; i < end; ) {
    if (s[i] === '"') {
      const j = skipString(i);
      out += s.slice(i, j);
      i = j;
    } else {
      if (!isWs(s[i])) out += s[i];
      i++;
    }
  }
  return out;
}
