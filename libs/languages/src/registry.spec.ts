import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedLanguageFiles } from './contract/language-contract.util';
import { packProblemTypes } from './language-pack';
import { LANGUAGE_PACKS } from './registry';

const ROOT = resolve(__dirname, '../../..');

describe('language registry', () => {
  it('ids and extensions are unique and each source file has the canonical extension', () => {
    const ids = LANGUAGE_PACKS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    // SQL dialects share `.sql` (a sql problem's `x.<dialect>.sql` names one); code languages never do.
    const code = LANGUAGE_PACKS.filter((p) => !packProblemTypes(p).includes('sql'));
    const extensions = code.flatMap((p) => p.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    const sql = LANGUAGE_PACKS.filter((p) => packProblemTypes(p).includes('sql'));
    expect(sql.map((p) => p.id)).toEqual(['postgresql', 'sqlite']);
    for (const pack of sql) {
      expect(pack.extensions, pack.id).toEqual(['.sql']);
      expect(packProblemTypes(pack), pack.id).toEqual(['sql']);
      expect(pack.function, pack.id).toBeUndefined();
      expect(
        pack.sql?.files.map((f) => f.path),
        pack.id,
      ).toEqual(['tryout_sql.py', `tryout_${pack.id}.py`]);
    }
    for (const pack of LANGUAGE_PACKS) {
      expect(pack.id, pack.id).toMatch(/^[a-z][a-z0-9]*$/);
      for (const ext of pack.extensions) expect(ext, pack.id).toMatch(/^\.[a-z0-9+]+$/);
      expect(pack.sourceFile.endsWith(pack.extensions[0]), pack.id).toBe(true);
      if (packProblemTypes(pack).includes('stdio')) expect(pack.stdioStarter?.length, pack.id).toBeGreaterThan(0);
    }
  });

  it('the files generated from the packs (web contract, docs table, runner image labels) are current', () => {
    const read = (file: string): string => readFileSync(resolve(ROOT, file), 'utf8');
    for (const { file, content } of generatedLanguageFiles(read)) {
      expect(read(file), `${file}: run \`npm run tryout -- languages generate\``).toBe(content);
    }
  });
});
