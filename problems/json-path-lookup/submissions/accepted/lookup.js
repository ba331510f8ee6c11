const isWs = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

var jsonPathLookup = function (document, path) {
  const s = document;
  const skipWs = (i) => {
    while (i < s.length && isWs(s[i])) i++;
    return i;
  };
  const skipString = (i) => {
    i++;
    while (s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
    return i + 1;
  };
  const skipValue = (i) => {
    const c = s[i];
    if (c === '"') return skipString(i);
    if (c === '{' || c === '[') {
      let depth = 0;
      for (;;) {
        const d = s[i];
        if (d === '"') {
          i = skipString(i);
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
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
  const steps = path.slice(1).matchAll(/\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]/g);
  for (const [, key, idx] of steps) {
    if (key !== undefined) {
      if (s[pos] !== '{') return 'null';
      let i = skipWs(pos + 1);
      if (s[i] === '}') return 'null';
      for (;;) {
        i = skipWs(i);
        const end = skipString(i);
        const name = s.slice(i + 1, end - 1);
        const value = skipWs(skipWs(end) + 1);
        if (name === key) {
          pos = value;
          break;
        }
        i = skipWs(skipValue(value));
        if (s[i] === '}') return 'null';
        i++;
      }
    } else {
      const target = Number(idx);
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
  const out = [];
  for (let i = pos; i < end; ) {
    if (s[i] === '"') {
      const j = skipString(i);
      out.push(s.slice(i, j));
      i = j;
    } else {
      if (!isWs(s[i])) out.push(s[i]);
      i++;
    }
  }
  return out.join('');
};
