import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS, LANGUAGES } from '@tryout/contracts';
import { EDITOR_MODES } from './language-modes';

describe('editor modes', () => {
  it('the web can load the editor mode every language pack names', () => {
    for (const id of LANGUAGE_IDS) expect(EDITOR_MODES, id).toContain(LANGUAGES[id].editorMode);
  });
});
