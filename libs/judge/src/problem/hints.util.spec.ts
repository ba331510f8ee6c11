import { describe, expect, it } from 'vitest';
import { parseHints } from './hints.util';

describe('parseHints', () => {
  it('makes one hint per "## " section, in order, without the heading or a preamble', () => {
    const md = '# Hints\nignored\n\n## Hint 1\nThink about **pairs**.\n\n## Hint 2\nUse a map:\n\n- value → index\n';
    expect(parseHints(md)).toEqual(['Think about **pairs**.', 'Use a map:\n\n- value → index']);
  });

  it('treats a file without sections as one hint and an empty file as none', () => {
    expect(parseHints('Sort first.\n')).toEqual(['Sort first.']);
    expect(parseHints('  \n')).toEqual([]);
  });

  it('skips empty sections and does not split inside code fences', () => {
    const md = '## 1\n\n## 2\n```python\n## not a heading\n```\n';
    expect(parseHints(md)).toEqual(['```python\n## not a heading\n```']);
  });

  it('accepts CRLF line endings', () => {
    expect(parseHints('## A\r\nfirst\r\n## B\r\nsecond\r\n')).toEqual(['first', 'second']);
  });
});
