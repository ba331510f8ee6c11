// Copies the language packs' files in their own languages (`<id>/stdio.*` templates and
// `<id>/runtime/` harness runtimes, read at run time beside the compiled pack) into a build's
// output, at the path the compiled code reads them from. The runtimes' tests stay behind.
// Usage: node scripts/copy-language-files.cjs dist/apps/<app>
const { cpSync, readdirSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'libs/languages/src');
const out = process.argv[2];
if (!out) throw new Error('usage: copy-language-files.cjs <build output dir>');

function shipped(path) {
  const [, second, third] = relative(SRC, path).split('/');
  return /^stdio\./.test(second ?? '') || (second === 'runtime' && third !== 'test');
}

let copied = 0;
for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (!shipped(path)) continue;
  cpSync(path, join(ROOT, out, relative(ROOT, path)));
  copied++;
}
console.log(`${copied} language pack files copied to ${out}`);
