import { describe, expect, it } from 'vitest';
import { fencedCode } from './editorial-code.util';

describe('fencedCode', () => {
  it('wraps source in a fence tagged with the language, without a trailing blank line', () => {
    expect(fencedCode('python', 'print(1)\n')).toBe('```python\nprint(1)\n```\n');
  });

  it('uses a fence longer than any backtick run in the source', () => {
    expect(fencedCode('javascript', 'const s = `x` + "```";')).toBe('````javascript\nconst s = `x` + "```";\n````\n');
  });
});
