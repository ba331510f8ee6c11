/** A file the harness puts in the work dir (the sandbox's SandboxFile has this shape). */
export interface HarnessFile {
  path: string;
  content: string;
}

/**
 * What a pack hands the judge for a function problem: the harness and the candidate's files, and,
 * when they differ from the pack's own, the compile and run argv.
 * The harness reads one test from stdin and writes ONE JSON value to fd 3 (protocol.ts).
 */
export interface GeneratedHarness {
  files: HarnessFile[];
  compile?: string[];
  run?: string[];
}
