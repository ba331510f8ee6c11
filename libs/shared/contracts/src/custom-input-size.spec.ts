import { describe, expect, it } from 'vitest';
import { CUSTOM_INPUT_MAX_BYTES } from './api/submissions';
import { customInputsSizeError, formatByteSize, formatByteSizeOver, utf8ByteLength } from './custom-input-size';

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes like Buffer.byteLength', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€\n', '\ud800'])
      expect(utf8ByteLength(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('formatByteSize', () => {
  it('reads in bytes, KB and MB of 1024', () => {
    expect(formatByteSize(1)).toBe('1 byte');
    expect(formatByteSize(900)).toBe('900 bytes');
    expect(formatByteSize(64 * 1024)).toBe('64 KB');
    expect(formatByteSize(1024 * 1024)).toBe('1 MB');
    expect(formatByteSize(1_153_434)).toBe('1.1 MB');
  });

  it('rounds to a tenth', () => {
    expect(formatByteSize(1536)).toBe('1.5 KB');
    expect(formatByteSize(2 * 1024 * 1024 + 80)).toBe('2 MB');
  });

  it('never shows a size over a limit as the limit itself', () => {
    expect(formatByteSizeOver(64 * 1024 + 1, 64 * 1024)).toBe('65537 bytes');
    expect(formatByteSizeOver(70 * 1024, 64 * 1024)).toBe('70 KB');
  });
});

describe('customInputsSizeError', () => {
  it('is null while the cases fit together', () => {
    expect(customInputsSizeError(['x'.repeat(CUSTOM_INPUT_MAX_BYTES)])).toBeNull();
    expect(customInputsSizeError(['x'.repeat(CUSTOM_INPUT_MAX_BYTES + 1)])?.message).toBe(
      'Case 1 is 65537 bytes; your cases may hold at most 64 KB together',
    );
    expect(customInputsSizeError(['x'.repeat(40 * 1024), 'y'.repeat(24 * 1024)])).toBeNull();
  });

  it('names the case, its size and the limit in human units', () => {
    // Two Sum at its constraints: 10^5 numbers down to -10^9, about 1.1 MB.
    const nums = `[${Array.from({ length: 100_000 }, () => '-1000000000').join(',')}]\n0`;
    expect(customInputsSizeError([nums])).toEqual({
      caseIndex: 0,
      message: 'Case 1 is 1.1 MB; your cases may hold at most 64 KB together',
    });
    expect(customInputsSizeError(['[1,2]\n3', nums])?.message).toBe(
      'Case 2 is 1.1 MB; your cases may hold at most 64 KB together',
    );
  });

  it('says when only the sum is over, pointing at the largest case', () => {
    expect(customInputsSizeError(['y'.repeat(40 * 1024), 'y'.repeat(30 * 1024)])).toEqual({
      caseIndex: 0,
      message:
        'Your 2 cases are 70 KB together (case 1 is the largest, 40 KB); your cases may hold at most 64 KB together',
    });
  });
});
