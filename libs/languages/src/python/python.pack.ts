import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generatePythonHarness } from './python.harness';
import { pythonStarter } from './python.starter';

export const pythonPack: LanguagePack = {
  id: 'python',
  name: 'Python 3',
  extensions: ['.py'],
  editorMode: 'python',
  sourceFile: 'main.py',
  compile: ['python3', '-m', 'py_compile', 'main.py'],
  run: ['python3', '-B', 'main.py'],
  // PYTHONUNBUFFERED is left unset on purpose: any non-empty value (even '0') unbuffers stdout.
  env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  timeMultiplier: 3,
  memoryBaselineKb: 7 * 1024,
  compileTimeLimitMs: 10_000,
  compileMemoryLimitKb: 256 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.py'),
  validator: {
    compile: (_sources, entry) => ['python3', '-m', 'py_compile', entry],
    run: (entry) => ['python3', '-B', entry],
    buildsBinary: false,
  },
  function: { harness: generatePythonHarness, starter: pythonStarter },
};
