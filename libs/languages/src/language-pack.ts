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
  /**
   * The problem types the language is offered for: code languages serve `stdio` (and `function`
   * when they have a harness); SQL dialects serve only `sql`. Absent: `stdio` (and `function`).
   */
  problemTypes?: readonly ('stdio' | 'function' | 'sql')[];
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
  /** The starter of a stdio problem (a package's `starters/<id>.*` overrides it); code languages only. */
  stdioStarter?: string;
  /** Kattis output validators written in this language, where the platform can build them. */
  validator?: ValidatorToolchain;
  /** LeetCode-style function and design problems. */
  function?: FunctionSupport;
  /**
   * The harness runtime's own tests, in the language: every file under `dir` (the pack's
   * `runtime/`, its `test/` included) is put in the work dir and `run` must exit 0 in the runner
   * image (runtime.int.ts), printing `passes` when given; `quietCompile`: the compile step must
   * print nothing (no warnings).
   */
  runtimeTests?: { dir: string; compile?: string[]; run: string[]; passes?: RegExp; quietCompile?: boolean };
  /** SQL dialects: how the judge runs a statement against a problem's schema (docs/sandbox.md, "SQL"). */
  sql?: SqlSupport;
}

/**
 * A SQL dialect's runner: real Python files in the pack folder (libs/languages/src/sql/runtime),
 * put in the work dir with `schema.sql` and the candidate's `query.sql`. `prepare` is the compile
 * step (checks the statement, builds what every test starts from); `run` is one test: the test's
 * data script on stdin, the result set (or the failure) as JSON on fd 3 (SqlRunnerOutcome).
 */
export interface SqlSupport {
  files: { path: string; content: string }[];
  prepare: string[];
  /** `{timeLimitMs}` is replaced by the statement's time limit. */
  run: string[];
  /**
   * CPU time allowed around the statement (server start, data load), added to the process's limit.
   * The statement's own timeout is the time limit the candidate meets; this only stops a runaway
   * runner, so it is generous: on a busy host a server start alone takes seconds.
   */
  overheadMs: number;
  /**
   * The compile step leaves a server running (PostgreSQL): the sandbox keeps it across the job's
   * tests (each test gets a fresh database from the compile step's template) and gives its files
   * a tmpfs of this size at /srv. Absent: nothing outlives a process (SQLite).
   */
  server?: { tmpfsBytes: number };
}

/** What a SQL runner writes on fd 3 (one JSON object). */
export type SqlRunnerOutcome =
  | { status: 'ok'; columns: string[]; rows: (number | string | boolean | null)[][] }
  /** The statement ran past its time limit. */
  | { status: 'timeout' }
  /** More rows than the runner fetches (an endless recursive CTE, a huge cross join). */
  | { status: 'row_limit'; limit: number }
  /** The statement failed (a runtime error: division by zero, a read-only violation, a denied function). */
  | { status: 'error'; message: string }
  /** The test's data script failed to load: ours for the problem's tests, the candidate's for custom input. */
  | { status: 'data_error'; message: string };

/** The problem types a pack is offered for (see LanguagePack.problemTypes). */
export function packProblemTypes(pack: LanguagePack): readonly ('stdio' | 'function' | 'sql')[] {
  return pack.problemTypes ?? (pack.function ? ['stdio', 'function'] : ['stdio']);
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
