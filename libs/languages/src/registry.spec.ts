import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CONTRACT_FILE, renderLanguageContract } from './contract/language-contract.util';
import { LANGUAGE_PACKS } from './registry';

const ROOT = resolve(__dirname, '../../..');

describe('language registry', () => {
  it('ids and extensions are unique and each source file has the canonical extension', () => {
    const ids = LANGUAGE_PACKS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const extensions = LANGUAGE_PACKS.flatMap((p) => p.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const pack of LANGUAGE_PACKS) {
      expect(pack.id, pack.id).toMatch(/^[a-z][a-z0-9]*$/);
      for (const ext of pack.extensions) expect(ext, pack.id).toMatch(/^\.[a-z0-9+]+$/);
      expect(pack.sourceFile.endsWith(pack.extensions[0]), pack.id).toBe(true);
      expect(pack.stdioStarter.length, pack.id).toBeGreaterThan(0);
    }
  });

  it('the contract the web compiles against is generated from the packs and current', () => {
    const current = readFileSync(resolve(ROOT, LANGUAGE_CONTRACT_FILE), 'utf8');
    expect(current, 'run `npm run tryout -- languages generate`').toBe(renderLanguageContract());
  });
});
