import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedLanguageFiles } from './contract/language-contract.util';
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

  it('the files generated from the packs (web contract, docs table, runner image labels) are current', () => {
    const read = (file: string): string => readFileSync(resolve(ROOT, file), 'utf8');
    for (const { file, content } of generatedLanguageFiles(read)) {
      expect(read(file), `${file}: run \`npm run tryout -- languages generate\``).toBe(content);
    }
  });
});
