import { type CallableSpec, type ParamSpec, parseTypeName, type TypeRef } from '@tryout/languages';

const INT_RANGE = [-(2n ** 31n), 2n ** 31n - 1n] as const;
const LONG_RANGE = [-(2n ** 63n), 2n ** 63n - 1n] as const;

class InputError extends Error {}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * A strict JSON scanner that checks one line against a parameter type as it reads, without
 * building values: test inputs hold hundreds of thousands of numbers, and a generic lossless
 * parse of them costs ten times a JSON.parse. Numbers are judged by their literal, exactly.
 */
class LineScanner {
  private i = 0;

  constructor(private readonly s: string) {}

  /** Reads one value of `type` and requires the end of the line after it. */
  whole(type: TypeRef | 'any'): void {
    this.value(type);
    this.ws();
    if (this.i < this.s.length) this.syntax();
  }

  private syntax(): never {
    throw new InputError('not one JSON value');
  }

  private ws(): void {
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.i++;
    }
  }

  private peek(): number {
    this.ws();
    return this.i < this.s.length ? this.s.charCodeAt(this.i) : -1;
  }

  private literal(word: string): boolean {
    if (!this.s.startsWith(word, this.i)) return false;
    this.i += word.length;
    return true;
  }

  /** The text of the value starting here (read as 'any'), shortened, for a message. */
  private shown(): string {
    const start = this.i;
    this.value('any');
    const text = this.s.slice(start, this.i);
    return text.length > 30 ? `${text.slice(0, 30)}…` : text;
  }

  private mismatch(what: string): never {
    throw new InputError(`expected ${what}, got ${this.shown()}`);
  }

  private number(): { literal: string; integer: boolean } {
    const start = this.i;
    const s = this.s;
    let integer = true;
    if (s.charCodeAt(this.i) === 0x2d) this.i++;
    if (s.charCodeAt(this.i) === 0x30) this.i++;
    else if (isDigit(s.charCodeAt(this.i))) while (isDigit(s.charCodeAt(this.i))) this.i++;
    else this.syntax();
    if (s.charCodeAt(this.i) === 0x2e) {
      integer = false;
      this.i++;
      if (!isDigit(s.charCodeAt(this.i))) this.syntax();
      while (isDigit(s.charCodeAt(this.i))) this.i++;
    }
    const e = s.charCodeAt(this.i);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      this.i++;
      const sign = s.charCodeAt(this.i);
      if (sign === 0x2b || sign === 0x2d) this.i++;
      if (!isDigit(s.charCodeAt(this.i))) this.syntax();
      while (isDigit(s.charCodeAt(this.i))) this.i++;
    }
    return { literal: s.slice(start, this.i), integer };
  }

  private string(): void {
    const s = this.s;
    this.i++; // the opening quote
    for (;;) {
      if (this.i >= s.length) this.syntax();
      const c = s.charCodeAt(this.i++);
      if (c === 0x22) return;
      if (c < 0x20) this.syntax();
      if (c !== 0x5c) continue;
      const e = s[this.i++];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(s.slice(this.i, this.i + 4))) this.syntax();
        this.i += 4;
      } else if (e === undefined || !'"\\/bfnrt'.includes(e)) this.syntax();
    }
  }

  /** Reads an array, each element with `element(index)`; returns how many there were. */
  private array(element: (index: number) => void): number {
    this.i++; // '['
    if (this.peek() === 0x5d) {
      this.i++;
      return 0;
    }
    for (let n = 0; ; n++) {
      element(n);
      const c = this.peek();
      this.i++;
      if (c === 0x5d) return n + 1;
      if (c !== 0x2c) this.syntax();
    }
  }

  private integer(range: readonly [bigint, bigint], safeDigits: number, what: string): void {
    const start = this.i;
    const c = this.peek();
    if (c !== 0x2d && !isDigit(c)) this.mismatch(what);
    const { literal, integer } = this.number();
    if (!integer) {
      this.i = start;
      this.mismatch(what);
    }
    // Short literals are always in range: no BigInt for the hundreds of thousands of small ones.
    if (literal.length - (literal.startsWith('-') ? 1 : 0) <= safeDigits) return;
    const n = BigInt(literal);
    if (n < range[0] || n > range[1]) throw new InputError(`${literal.slice(0, 30)} is out of range for ${what}`);
  }

  value(type: TypeRef | 'any'): void {
    const c = this.peek();
    if (c === -1) this.syntax();
    if (type === 'any') {
      if (c === 0x5b) this.array(() => this.value('any'));
      else if (c === 0x7b) this.object();
      else if (c === 0x22) this.string();
      else if (c === 0x2d || isDigit(c)) this.number();
      else if (!this.literal('true') && !this.literal('false') && !this.literal('null')) this.syntax();
      return;
    }
    if (type.kind === 'void') throw new InputError('void is not a parameter type');
    if (type.kind === 'node' || type.dims > 0) {
      // Arrays (and lists, trees) may be null, as in every harness; their elements must fit.
      if (this.literal('null')) return;
      if (c !== 0x5b) this.mismatch(type.kind === 'node' ? `a ${type.base} as an array` : 'an array');
      if (type.kind === 'node') {
        this.array(() => {
          if (type.base === 'TreeNode' && this.literal('null')) return;
          try {
            this.integer(INT_RANGE, 9, 'an int (32-bit integer)');
          } catch (err) {
            throw new InputError(`${type.base} value: ${(err as Error).message}`);
          }
        });
        return;
      }
      const inner: TypeRef = { kind: 'scalar', base: type.base, dims: (type.dims - 1) as 0 | 1 };
      this.array(() => this.value(inner));
      return;
    }
    switch (type.base) {
      case 'int':
        return this.integer(INT_RANGE, 9, 'an int (32-bit integer)');
      case 'long':
        return this.integer(LONG_RANGE, 18, 'a long (64-bit integer)');
      case 'double': {
        if (c !== 0x2d && !isDigit(c)) this.mismatch('a number');
        const { literal } = this.number();
        if (!Number.isFinite(Number(literal)))
          throw new InputError(`${literal.slice(0, 30)} is out of range for a double`);
        return;
      }
      case 'bool':
        if (!this.literal('true') && !this.literal('false')) this.mismatch('true or false');
        return;
      case 'string':
        if (c !== 0x22) this.mismatch('a string');
        return this.string();
    }
  }

  private object(): void {
    this.i++; // '{'
    if (this.peek() === 0x7d) {
      this.i++;
      return;
    }
    for (;;) {
      if (this.peek() !== 0x22) this.syntax();
      this.string();
      if (this.peek() !== 0x3a) this.syntax();
      this.i++;
      this.value('any');
      const c = this.peek();
      this.i++;
      if (c === 0x7d) return;
      if (c !== 0x2c) this.syntax();
    }
  }

  /** A design problem's argument line: one array of arguments per operation. */
  argumentLists(count: number, paramsAt: (index: number) => ParamSpec[], nameAt: (index: number) => string): void {
    if (this.peek() !== 0x5b) throw new InputError('operations and arguments must be non-empty arrays of equal length');
    const n = this.array((k) => {
      if (k >= count) throw new InputError('operations and arguments must be non-empty arrays of equal length');
      const where = `operation ${k + 1} (${nameAt(k)})`;
      const params = paramsAt(k);
      if (this.peek() !== 0x5b) throw new InputError(`${where}: the arguments must be an array`);
      let given = 0;
      try {
        given = this.array((j) => this.value(j < params.length ? paramType(params[j]) : 'any'));
      } catch (err) {
        throw new InputError(`${where}: ${(err as Error).message}`);
      }
      if (given !== params.length) throw new InputError(`${where}: needs ${params.length} arguments, got ${given}`);
    });
    if (n !== count) throw new InputError('operations and arguments must be non-empty arrays of equal length');
    this.ws();
    if (this.i < this.s.length) this.syntax();
  }
}

function paramType(p: ParamSpec): TypeRef {
  const type = parseTypeName(p.type);
  if (!type) throw new InputError(`unknown type ${p.type}`);
  return type;
}

/** Runs a check of line `index` (1-based), turning a syntax error into "line N is not one JSON value". */
function onLine(index: number, check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof InputError && err.message === 'not one JSON value')
      throw new InputError(`line ${index} is not one JSON value`);
    throw err;
  }
}

/**
 * Checks a function problem's test input against its signature, as strictly as the strictest
 * harness reads it: one JSON value per parameter per line (design problems: operation names, then
 * argument arrays), int/long within 32/64 bits, integers written as integers, finite doubles.
 * Run on the host before a test is judged, so a harness that cannot read its input inside the
 * sandbox can only have been tampered with by the candidate's code. `undefined` means it fits.
 */
export function checkFunctionInput(spec: CallableSpec, input: string): string | undefined {
  // Every harness skips blank lines; ignoring only spaces, tabs and CRs here is the strictest reading.
  const lines = input.split('\n').filter((line) => !/^[ \t\r]*$/.test(line));
  try {
    if (spec.kind === 'function') {
      // Harnesses read only the lines they need; later ones are never parsed.
      for (let i = 0; i < Math.min(lines.length, spec.params.length); i++) {
        const param = spec.params[i];
        onLine(i + 1, () => {
          try {
            new LineScanner(lines[i]).whole(paramType(param));
          } catch (err) {
            if (err instanceof InputError && err.message !== 'not one JSON value')
              throw new InputError(`input, argument ${param.name}: ${err.message}`);
            throw err;
          }
        });
      }
      if (lines.length < spec.params.length)
        return `expected ${spec.params.length} lines (one JSON value per parameter), got ${lines.length}`;
      return undefined;
    }
    if (lines.length < 2) return `expected 2 lines (operations, arguments), got ${lines.length}`;
    let ops: unknown;
    onLine(1, () => {
      new LineScanner(lines[0]).whole('any');
      ops = JSON.parse(lines[0]);
    });
    if (!Array.isArray(ops) || ops.length === 0)
      return 'operations and arguments must be non-empty arrays of equal length';
    const names = ops as unknown[];
    if (names[0] !== spec.name) return `the first operation must be ${spec.name}, got ${JSON.stringify(names[0])}`;
    const methods = names.map((op, k) => {
      if (k === 0) return { name: spec.name, params: spec.constructor.params };
      const method = typeof op === 'string' ? spec.methods.find((m) => m.name === op) : undefined;
      if (!method) throw new InputError(`operation ${k + 1}: unknown method ${JSON.stringify(op)}`);
      return method;
    });
    onLine(2, () =>
      new LineScanner(lines[1]).argumentLists(
        methods.length,
        (k) => methods[k].params,
        (k) => methods[k].name,
      ),
    );
    return undefined;
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
}
