import { describe, expect, it } from 'vitest';
import { diffOutputs, splitOutputLines } from './output-diff.util';

describe('splitOutputLines', () => {
  it('ignores one trailing newline and CRLF', () => {
    expect(splitOutputLines('1\r\n2\n')).toEqual(['1', '2']);
    expect(splitOutputLines('')).toEqual([]);
    expect(splitOutputLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('diffOutputs', () => {
  it('treats whitespace-only differences as equal', () => {
    const diff = diffOutputs('1 2\n3\n', '1  2 \n3');
    expect(diff.equal).toBe(true);
    expect(diff.firstDifference).toBeNull();
  });

  it('marks the differing words of a line', () => {
    const diff = diffOutputs('0 1\n', '1 2\n');
    expect(diff.equal).toBe(false);
    expect(diff.firstDifference).toBe(1);
    const [line] = diff.lines;
    expect(
      line
        .expected!.filter((s) => s.changed)
        .map((s) => s.text)
        .join(''),
    ).toContain('0');
    expect(
      line
        .actual!.filter((s) => s.changed)
        .map((s) => s.text)
        .join(''),
    ).toContain('2');
    expect(line.expected!.map((s) => s.text).join('')).toBe('0 1');
    expect(line.actual!.map((s) => s.text).join('')).toBe('1 2');
  });

  it('reports missing and extra lines', () => {
    const missing = diffOutputs('a\nb\n', 'a\n');
    expect(missing.firstDifference).toBe(2);
    expect(missing.lines[1]).toEqual({ line: 2, expected: [{ text: 'b', changed: true }], actual: null, equal: false });
    const extra = diffOutputs('a\n', 'a\nz\n');
    expect(extra.lines[1].actual).toEqual([{ text: 'z', changed: true }]);
  });

  it('caps the number of lines it renders', () => {
    const diff = diffOutputs('x\n'.repeat(10), 'x\n'.repeat(12), 10);
    expect(diff.lines).toHaveLength(10);
    expect(diff.firstDifference).toBe(11);
  });
});
