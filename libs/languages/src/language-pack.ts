import type { GeneratedHarness } from './harness/harness.types';
import type { ResolvedSpec } from './signature/signature.util';

/**
 * Everything the platform knows about one language, in one place: the sandbox runs it from these
 * facts, the judge generates harnesses and starters with it, /api/languages and the web's editor
 * read it, docs/languages.md's table is generated from it. The toolchain's version is not here: the
 * runner image records it in a label at build time (docs/languages.md).
 *
 * Argv arrays only, paths relative to the work dir inside the container; `{mem}` in an argv is the
 * step's memory limit in MiB (only the JVM needs it).
 */
export interface LanguagePack {
  /** Stable id: API values, `starters/<id>.*`, the image `tryout-runner-<id>`, docker/runners/<id>/. */
  id: string;
  /** Shown to people: `Python 3`, `C++`. */
  name: string;
  /** File extensions with the dot, the first is canonical (solution files, hello-world tests). */
  extensions: string[];
  /** The web editor's CodeMirror mode (a key of the web's editor-mode loaders). */
  editorMode: string;
  /** The file the candidate's stdio program is written to. */
  sourceFile: string;
  /** Every language has one, even if it only checks syntax, so errors surface as compile_error. */
  compile: string[];
  run: string[];
  /** Extra environment for compile and run (never secrets; caches under /tmp). */
  env?: Record<string, string>;
  /** Multiplies a problem's time limit (slower runtimes get more time). */
  timeMultiplier: number;
  /**
   * Runtime's own footprint added to the memory limit and subtracted from what we report: the
   * peak RSS of an idle hello-world in the runner image, rounded down (docs/languages.md).
   * 0 for native code, whose few MiB of libc/libstdc++ are the program's own.
   */
  memoryBaselineKb: number;
  /**
   * What is subtracted from the reported peak when it differs from `memoryBaselineKb`: the idle
   * footprint, where the limit's headroom is larger than it (Java), so small programs don't read 0 KB.
   */
  reportBaselineKb?: number;
  compileTimeLimitMs: number;
  compileMemoryLimitKb: number;
  /** The starter of a stdio problem (a package's `starters/<id>.*` overrides it). */
  stdioStarter: string;
  /** Kattis output validators written in this language, where the platform can build them. */
  validator?: ValidatorToolchain;
  /** LeetCode-style function and design problems. */
  function?: FunctionSupport;
}

export interface ValidatorToolchain {
  /** Compile argv for the validator's files (`sources`: those with one of the pack's extensions). */
  compile(sources: string[], entry: string): string[];
  /** Run argv (the judge appends input, answer, feedback dir and flags). */
  run(entry: string): string[];
  /** Whether the compile leaves a binary (VALIDATOR_BINARY) worth keeping between jobs. */
  buildsBinary: boolean;
}

export interface FunctionSupport {
  /** The harness and the candidate's files for one signature (stdin: one test, fd 3: the result). */
  harness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness;
  /** LeetCode's starter for the signature, in the language's natural types. */
  starter(spec: ResolvedSpec): string;
}

/** The file a compiled validator is written to in its work dir. */
export const VALIDATOR_BINARY = 'validator';
