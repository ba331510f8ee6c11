import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './body-parsing';
import { ControlCharactersPipe, disallowedCharacter } from './control-characters.pipe';
import { MultilineText, OpaqueText } from './text.decorators';

class Dto {
  @MultilineText() source!: string;
  @OpaqueText() password!: string;
  name!: string;
}

describe('disallowedCharacter', () => {
  it('single-line text refuses every control character and line break; multi-line keeps tab, LF, CR', () => {
    for (const s of ['a\u0000', 'a\n', 'a\t', 'a\u001b', 'a\u007f', 'a\u0085', 'a\u2028'])
      expect(disallowedCharacter(s, 'single-line'), JSON.stringify(s)).toBeDefined();
    expect(disallowedCharacter('Zoë Ünal ✓', 'single-line')).toBeUndefined();
    expect(disallowedCharacter('a\tb\r\nc\n', 'multiline')).toBeUndefined();
    expect(disallowedCharacter('x\u0000', 'multiline')).toBe('U+0000 at index 1');
    expect(disallowedCharacter('\u001b[2J', 'multiline')).toBe('U+001B at index 0');
    expect(disallowedCharacter('\u0000', 'opaque')).toBeUndefined();
  });
});

describe('ControlCharactersPipe', () => {
  const pipe = new ControlCharactersPipe();
  it('applies each field its rule, nested values included, and names every offending field', () => {
    expect(
      pipe.transform({ source: 'a\n\tb', password: '\u0000', name: 'n' }, { type: 'body', metatype: Dto }),
    ).toBeDefined();
    expect(() =>
      pipe.transform({ source: 'a\u0000', name: 'x\n', extra: { deep: ['\u0007'] } }, { type: 'body', metatype: Dto }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid_characters',
        details: [
          { field: 'extra.deep.0', errors: [expect.stringContaining('U+0007')] },
          { field: 'name', errors: [expect.stringContaining('name contains')] },
          { field: 'source', errors: [expect.stringContaining('tab, newline and carriage return')] },
        ],
      }),
    );
    expect(() => pipe.transform('ab\u0000', { type: 'param', data: 'id' })).toThrow(
      'id contains a disallowed character',
    );
  });
});

describe('jsonDepthExceeds', () => {
  it('counts nesting outside strings only, escapes included', () => {
    expect(jsonDepthExceeds(Buffer.from('[[[]]]'), 3)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from('[[[[]]]]'), 3)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from('{"a":{"b":[1]}}'), 3)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from(JSON.stringify({ s: '[[[[[[\\"[[[[' })), 2)).toBe(false);
    expect(jsonDepthExceeds(Buffer.from(`[${JSON.stringify('\\"')},[[[]]]]`), 3)).toBe(true);
  });
});
