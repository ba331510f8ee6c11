import { describe, expect, it } from 'vitest';
import { readPackFile } from '../pack-file.util';
import { PYTHON_RUNTIME_DIR, PYTHON_SOLUTION_FILE } from '../python/python.harness';
import { HARNESS_ABORT_EXIT_CODE, HARNESS_MESSAGE_PREFIX } from './protocol';

/** Each runtime written in its own language states the protocol's values: they must be protocol.ts's. */
describe('harness runtimes follow protocol.ts', () => {
  it('python', () => {
    const runtime = readPackFile(PYTHON_RUNTIME_DIR, 'tryout_harness.py');
    expect(runtime).toMatch(new RegExp(`^_INTERNAL = ${HARNESS_ABORT_EXIT_CODE}$`, 'm'));
    expect(runtime).toContain(`_MESSAGE_PREFIX = '${HARNESS_MESSAGE_PREFIX}'`);
    expect(runtime).toContain(`_SOLUTION_FILE = '${PYTHON_SOLUTION_FILE}'`);
  });
});
