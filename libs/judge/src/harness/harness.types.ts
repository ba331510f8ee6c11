import type { SandboxFile } from '@tryout/sandbox';

/**
 * What the judge hands the sandbox for a function problem: the harness and the candidate's files,
 * and, when they differ from LANGUAGE_RUNTIMES, the compile and run argv.
 * The harness reads one test from stdin and writes ONE JSON value to fd 3.
 */
export interface GeneratedHarness {
  files: SandboxFile[];
  compile?: string[];
  run?: string[];
}
