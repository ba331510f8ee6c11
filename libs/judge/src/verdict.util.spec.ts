import { describe, expect, it } from 'vitest';
import type { SandboxProcessResult } from '@tryout/sandbox';
import { HARNESS_ABORT_EXIT_CODE } from '@tryout/languages';
import { executionVerdict, overallVerdict, runtimeErrorReason } from './verdict.util';

const base: SandboxProcessResult = {
  termination: 'exited',
  exitCode: 0,
  signal: null,
  cpuMs: 1,
  wallMs: 1,
  memoryKb: 1,
  stdout: Buffer.alloc(0),
  stderr: Buffer.alloc(0),
};

describe('executionVerdict', () => {
  it('orders our kills before OOM and signals', () => {
    expect(executionVerdict({ ...base, termination: 'cpu_limit', signal: 'SIGKILL' })).toBe('time_limit_exceeded');
    expect(executionVerdict({ ...base, termination: 'wall_limit' })).toBe('time_limit_exceeded');
    expect(executionVerdict({ ...base, termination: 'output_limit' })).toBe('output_limit_exceeded');
    expect(executionVerdict({ ...base, termination: 'memory_limit', signal: 'SIGKILL' })).toBe('memory_limit_exceeded');
    expect(executionVerdict({ ...base, termination: 'signaled', signal: 'SIGSEGV' })).toBe('runtime_error');
  });
  it('treats non-zero exit as runtime error and zero as clean', () => {
    expect(executionVerdict({ ...base, exitCode: 3 })).toBe('runtime_error');
    expect(executionVerdict(base)).toBeUndefined();
  });
  it('never blames the candidate for our failures', () => {
    expect(executionVerdict({ ...base, termination: 'sandbox_error' })).toBe('internal_error');
  });
});

describe('overallVerdict', () => {
  it('is the first failing verdict', () => {
    expect(overallVerdict(['accepted', 'wrong_answer', 'time_limit_exceeded'])).toBe('wrong_answer');
    expect(overallVerdict(['accepted'])).toBe('accepted');
  });
});

describe('runtimeErrorReason', () => {
  it('says how the process ended, and for functions whether a value had been returned', () => {
    const exited97 = { ...base, exitCode: HARNESS_ABORT_EXIT_CODE };
    // The harness's abort code is just an exit code: the candidate can exit with it too.
    expect(executionVerdict(exited97)).toBe('runtime_error');
    expect(runtimeErrorReason(exited97, true)).toBe('the program exited with code 97 before returning a value');
    expect(runtimeErrorReason({ ...exited97, result: Buffer.from('1') }, true)).toBe(
      'the program exited with code 97 after returning a value',
    );
    expect(runtimeErrorReason({ ...base, exitCode: 3 }, false)).toBe('the program exited with code 3');
    expect(runtimeErrorReason({ ...base, termination: 'signaled', exitCode: null, signal: 'SIGSEGV' }, false)).toBe(
      'the program was killed by SIGSEGV',
    );
    expect(runtimeErrorReason(base, true)).toBeUndefined();
  });
});
