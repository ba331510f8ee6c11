import { describe, expect, it } from 'vitest';
import { displayNameProblem } from './display-name.util';

describe('displayNameProblem', () => {
  it('accepts names in any script, with inner spaces', () => {
    for (const name of ['Ada', 'Zoë Ünal', '李小龍', 'محمد علي', 'O’Brien-Smith'])
      expect(displayNameProblem(name), name).toBeUndefined();
  });

  it('refuses markup, control and format characters (zero-width, bidi), and blank names', () => {
    for (const name of [
      '<b>',
      '\u001b[31m',
      'a\u0000',
      '\u200b',
      'a\u200bb',
      'x\u202ey',
      '\u2066x\u2069',
      '\ufeffa',
      ' ',
      '\u3000\u00a0',
      'a\u2028b',
    ])
      expect(displayNameProblem(name), JSON.stringify(name)).toBeDefined();
  });
});
