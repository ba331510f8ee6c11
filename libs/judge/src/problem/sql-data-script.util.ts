/**
 * SQL data scripts (a test's `.in`, a candidate's custom Run input): INSERT statements only. The
 * runner loads them as the database's owner before the candidate's query, so a candidate's own
 * script is held to the strict form: `INSERT INTO table [(columns)] VALUES (literals), ...` with
 * numbers, 'text', NULL, TRUE and FALSE as the only values (no expressions, no function calls).
 */

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'quoted'; text: string }
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'punct'; text: string };

/** Tokens per statement; a string says what cannot be read. */
function tokenize(script: string): Token[][] | string {
  const statements: Token[][] = [];
  let current: Token[] = [];
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i];
    if (/\s/.test(c)) i++;
    else if (script.startsWith('--', i)) {
      const j = script.indexOf('\n', i);
      i = j < 0 ? n : j;
    } else if (script.startsWith('/*', i)) {
      const j = script.indexOf('*/', i + 2);
      if (j < 0) return 'a comment is not closed';
      i = j + 2;
    } else if (c === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= n) return 'a string literal is not closed';
        if (script[j] === "'") {
          if (script[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      current.push({ kind: 'string' });
      i = j + 1;
    } else if (c === '"') {
      const j = script.indexOf('"', i + 1);
      if (j < 0) return 'a quoted name is not closed';
      current.push({ kind: 'quoted', text: script.slice(i + 1, j) });
      i = j + 1;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(script.slice(i));
      if (!m) return `unexpected "${c}"`;
      current.push({ kind: 'number' });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(script.slice(i));
      current.push({ kind: 'word', text: m![0].toLowerCase() });
      i += m![0].length;
    } else if (c === ';') {
      if (current.length) statements.push(current);
      current = [];
      i++;
    } else if ('(),.+-'.includes(c)) {
      current.push({ kind: 'punct', text: c });
      i++;
    } else return `unexpected "${c}"`;
  }
  if (current.length) statements.push(current);
  return statements;
}

const isName = (t: Token | undefined) => t !== undefined && (t.kind === 'quoted' || t.kind === 'word');
const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text;
const isWord = (t: Token | undefined, text: string) => t?.kind === 'word' && t.text === text;

/** `INSERT INTO name [(names)] VALUES (literals)[, (literals)]...`: undefined when it is, else why not. */
function checkStrictInsert(tokens: Token[]): string | undefined {
  let i = 0;
  if (!isWord(tokens[i++], 'insert') || !isWord(tokens[i++], 'into')) return 'only INSERT INTO statements are allowed';
  if (!isName(tokens[i++])) return 'INSERT INTO needs a table name';
  if (isPunct(tokens[i], '.')) {
    i++;
    if (!isName(tokens[i++])) return 'INSERT INTO needs a table name';
  }
  if (isPunct(tokens[i], '(')) {
    i++;
    for (;;) {
      if (!isName(tokens[i++])) return 'the column list holds names only';
      if (isPunct(tokens[i], ',')) i++;
      else if (isPunct(tokens[i], ')')) {
        i++;
        break;
      } else return 'the column list is not closed';
    }
  }
  if (!isWord(tokens[i++], 'values')) return 'INSERT takes VALUES (...) with literal values only';
  for (;;) {
    if (!isPunct(tokens[i++], '(')) return 'VALUES needs (...) rows';
    for (;;) {
      if (isPunct(tokens[i], '-') || isPunct(tokens[i], '+')) i++;
      const t = tokens[i++];
      const literal =
        t?.kind === 'number' ||
        t?.kind === 'string' ||
        (t?.kind === 'word' && ['null', 'true', 'false'].includes(t.text));
      if (!literal) return "values must be literals: numbers, 'text', NULL, TRUE or FALSE";
      if (isPunct(tokens[i], ',')) i++;
      else if (isPunct(tokens[i], ')')) {
        i++;
        break;
      } else return 'a VALUES row is not closed';
    }
    if (isPunct(tokens[i], ',')) i++;
    else break;
  }
  return i === tokens.length ? undefined : 'unexpected text after VALUES (...)';
}

/**
 * A problem's data script: every statement an INSERT (what it inserts is the author's; verify loads
 * it in every dialect). Undefined when fine, else what is wrong.
 */
export function checkSqlDataScript(script: string): string | undefined {
  const statements = tokenize(script);
  if (typeof statements === 'string') return statements;
  const k = statements.findIndex((s) => !isWord(s[0], 'insert'));
  return k < 0 ? undefined : `statement ${k + 1} is not an INSERT (a data script holds INSERT statements only)`;
}

/** A candidate's data script (custom Run input): the strict INSERT ... VALUES form. */
export function checkCustomSqlDataScript(script: string): string | undefined {
  const statements = tokenize(script);
  if (typeof statements === 'string') return statements;
  for (let k = 0; k < statements.length; k++) {
    const bad = checkStrictInsert(statements[k]);
    if (bad) return `statement ${k + 1}: ${bad}`;
  }
  return undefined;
}
