import type { LanguagePack } from '../language-pack';
import { readPackFile } from '../pack-file.util';
import { generateGoHarness } from './go.harness';
import { goStarter } from './go.starter';
import { goBuildArgv } from './go.toolchain';

export const goPack: LanguagePack = {
  id: 'go',
  name: 'Go',
  extensions: ['.go'],
  editorMode: 'go',
  sourceFile: 'main.go',
  compile: goBuildArgv(['main.go']),
  run: ['./main'],
  // Nothing is written outside the tmpfs; modules and cgo are off (no network, no C toolchain use).
  env: {
    GOCACHE: '/tmp/go-cache',
    GOPATH: '/tmp/go',
    HOME: '/tmp',
    GO111MODULE: 'off',
    CGO_ENABLED: '0',
    GOFLAGS: '-buildvcs=false',
  },
  timeMultiplier: 1.5,
  memoryBaselineKb: 1024,
  compileTimeLimitMs: 30_000,
  compileMemoryLimitKb: 1024 * 1024,
  stdioStarter: readPackFile(__dirname, 'stdio.go'),
  function: { harness: generateGoHarness, starter: goStarter },
};
