import {
  type LanguagePack,
  languagePack,
  SQL_QUERY_FILE,
  SQL_SCHEMA_FILE,
  SQL_TIME_LIMIT_ARG,
  VALIDATOR_BINARY,
  validatorToolchain,
} from '@tryout/languages';
import { isFunctionLanguage, languageTimeLimitMs, type LanguageId } from '@tryout/contracts';
import {
  type SandboxFile,
  type SandboxJob,
  type SandboxLimits,
  type SandboxProcessResult,
  type SandboxTest,
} from '@tryout/sandbox';
import { generateHarness } from '../harness';
import type { JudgeableProblem, ProblemLimits, ValidatorSource } from '../problem/problem-package';
import type { JudgeTestInput } from './judge.types';

const MiB = 1024 * 1024;

/**
 * Wall time allowed per test: CPU limit × 1.5 + 1 s. CPU time judges speed; wall time only
 * catches programs that wait (sleep, block on input) instead of computing. The supervisor does
 * not charge the time the program waited for a CPU (a busy host), so the margin only has to cover
 * what a correct run spends off-CPU by itself: process start-up (the JVM, an interpreter loading
 * its files), page faults on I/O and stdout back-pressure, which grow with the run (× 1.5) plus a
 * fixed part (+ 1 s). A 1 s problem in C gets 2.5 s of wall time, not 11 s.
 */
export function wallLimitMs(cpuMs: number): number {
  return Math.ceil(cpuMs * 1.5) + 1000;
}

/**
 * Wall time a whole submission may spend on its tests: every test at its full CPU limit plus one
 * more per-test wall limit for start-up and noise. A correct solution needs less (each test stays
 * under its CPU limit, and the problem's limit is at least twice its slowest reference solution);
 * a program that waits on every test, each time just under the per-test wall limit, runs out of
 * it instead of holding a judge slot for minutes. Past it the remaining tests are not run.
 */
export function wallBudgetMs(tests: readonly Pick<SandboxLimits, 'cpuMs' | 'wallMs'>[]): number {
  if (tests.length === 0) return 0;
  return tests.reduce((sum, t) => sum + t.cpuMs, 0) + Math.max(...tests.map((t) => t.wallMs));
}

/** What a finished process spent of the wall budget: its wall time less its wait for a CPU. */
export function chargedWallMs(result: Pick<SandboxProcessResult, 'wallMs' | 'cpuWaitMs'>): number {
  return Math.max(0, result.wallMs - (result.cpuWaitMs ?? 0));
}

/**
 * The limits a candidate meets in one language: CPU time × the language's multiplier; memory as
 * the problem states it (the runtime's baseline is added on top and never reported). The judge's
 * sandbox limits and the problem page both come from here.
 */
export function languageLimits(
  limits: Pick<ProblemLimits, 'timeLimitMs' | 'memoryMb'>,
  language: string,
  timeLimitMs = limits.timeLimitMs,
): { timeLimitMs: number; memoryMb: number } {
  return {
    timeLimitMs: languageTimeLimitMs(timeLimitMs, languagePack(language).id as LanguageId),
    memoryMb: limits.memoryMb,
  };
}

/** A test's sandbox limits: the problem's, scaled by the language (time multiplier, memory baseline). */
export function testLimits(
  limits: ProblemLimits,
  runtime: LanguagePack,
  timeLimitMs = limits.timeLimitMs,
): SandboxLimits {
  const applied = languageLimits(limits, runtime.id, timeLimitMs);
  // SQL: the statement's own timeout is the time limit (the runner reports it); the process gets
  // the runner's overhead on top (server start, data load), so its limits only stop a runaway.
  const cpuMs = applied.timeLimitMs + (runtime.sql?.overheadMs ?? 0);
  return {
    cpuMs,
    wallMs: wallLimitMs(cpuMs),
    memoryKb: applied.memoryMb * 1024 + runtime.memoryBaselineKb,
    outputBytes: limits.outputMb * MiB,
  };
}

export function compileLimits(runtime: LanguagePack): SandboxLimits {
  return {
    cpuMs: runtime.compileTimeLimitMs,
    // CPU stops compile-time bombs; wall only guards against a stuck compiler on a busy host.
    wallMs: Math.max(runtime.compileTimeLimitMs * 3, runtime.compileTimeLimitMs + 60_000),
    memoryKb: runtime.compileMemoryLimitKb,
    outputBytes: 1 * MiB,
  };
}

/**
 * The class `java` must run: the public class (the file must carry its name), else the class
 * declaring `main`. Comments and strings are stripped first so neither can fool the search.
 */
export function javaMainClass(source: string): { publicClass?: string; mainClass?: string } {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''");
  const publicClass =
    /\bpublic\s+(?:(?:final|abstract|strictfp)\s+)*(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/.exec(
      code,
    )?.[1];
  let mainClass: string | undefined;
  const classRe = /\b(?:class|enum|record)\s+([A-Za-z_$][\w$]*)/g;
  const mainAt = /\bstatic\s+(?:final\s+)?void\s+main\s*\(/.exec(code)?.index;
  if (mainAt !== undefined) {
    for (let m = classRe.exec(code); m && m.index < mainAt; m = classRe.exec(code)) mainClass = m[1];
  }
  return { publicClass, mainClass: mainClass ?? publicClass };
}

function renameArgs(argv: string[], from: string, to: string): string[] {
  return argv.map((a) => (a === from ? to : a));
}

/** Files, compile and run argv for the candidate's code. */
export function candidateProgram(
  problem: Pick<JudgeableProblem, 'type' | 'callable' | 'limits' | 'sql'>,
  language: LanguageId,
  source: string,
  statementMs = problem.limits.timeLimitMs,
): { files: SandboxFile[]; compile?: string[]; run: string[] } {
  const runtime = languagePack(language);
  if (problem.type === 'sql') {
    const sql = runtime.sql;
    if (!problem.sql) throw new Error('sql problem without a schema');
    if (!sql || !problem.sql.dialects.includes(language))
      throw new Error(`${String(language)} is not one of the problem's SQL dialects`);
    const timeLimitMs = String(languageLimits(problem.limits, language, statementMs).timeLimitMs);
    return {
      files: [
        ...sql.files,
        { path: SQL_SCHEMA_FILE, content: problem.sql.schema },
        { path: SQL_QUERY_FILE, content: source },
      ],
      compile: sql.prepare,
      run: sql.run.map((a) => (a === SQL_TIME_LIMIT_ARG ? timeLimitMs : a)),
    };
  }
  if (problem.type === 'function') {
    if (!problem.callable) throw new Error('function problem without a signature');
    if (!isFunctionLanguage(language)) throw new Error(`${String(language)} has no function harness`);
    const harness = generateHarness(problem.callable, language, source);
    return {
      files: harness.files,
      // `{mem}` stays: the sandbox fills it in from each step's limits.
      compile: harness.compile ?? runtime.compile,
      run: harness.run ?? runtime.run,
    };
  }
  let sourceFile = runtime.sourceFile;
  let compile: string[] | undefined = runtime.compile;
  let run = runtime.run;
  if (language === 'java') {
    const { publicClass, mainClass } = javaMainClass(source);
    if (publicClass && publicClass !== 'Main') {
      sourceFile = `${publicClass}.java`;
      compile = compile && renameArgs(compile, 'Main.java', sourceFile);
    }
    if (mainClass && mainClass !== 'Main') run = renameArgs(run, 'Main', mainClass);
  }
  return { files: [{ path: sourceFile, content: source }], compile, run };
}

export function buildCandidateJob(
  problem: Pick<JudgeableProblem, 'type' | 'callable' | 'limits' | 'sql'>,
  language: LanguageId,
  source: string,
  ownerId: string,
  tests: JudgeTestInput[],
  timeLimitMs?: number,
): SandboxJob {
  const runtime = languagePack(language);
  const program = candidateProgram(problem, language, source, timeLimitMs);
  const limits = testLimits(problem.limits, runtime, timeLimitMs);
  const env = runtime.env ? { ...runtime.env } : undefined;
  return {
    language,
    ownerId,
    files: program.files,
    ...(program.compile ? { compile: { argv: program.compile, env, limits: compileLimits(runtime) } } : {}),
    run: { argv: program.run, env },
    tests: tests.map((t, i): SandboxTest => ({ id: String(i), stdin: t.input, limits })),
  };
}

/** Kattis validator exit codes. */
export const VALIDATOR_ACCEPT = 42;
export const VALIDATOR_WRONG = 43;

/** Validator limits (Kattis "validation_time/memory/output" system defaults, scaled down). */
export const VALIDATOR_LIMITS: SandboxLimits = {
  cpuMs: 10_000,
  wallMs: 20_000,
  memoryKb: 1024 * 1024,
  outputBytes: 1 * MiB,
};

/** Owner id of a problem's validator runs: never a candidate's container. */
export function validatorOwnerId(problemUuid: string): string {
  return `validator:${problemUuid}`;
}

export interface ValidatorCase {
  /** Index of the candidate's test. */
  index: number;
  input: string;
  answer: string;
  output: Buffer;
  flags: string[];
}

/**
 * The job that runs a Kattis output validator over candidate outputs, inside the sandbox:
 * `validator input answer feedback_dir/ [flags] < output`, one fresh process per test.
 */
function validatorCommands(validator: ValidatorSource): { compile: string[]; run: string[] } {
  const toolchain = validatorToolchain(validator.language);
  const { extensions } = languagePack(validator.language);
  const sources = validator.files.map((f) => f.path).filter((p) => extensions.some((ext) => p.endsWith(ext)));
  return { compile: toolchain.compile(sources, validator.entry), run: toolchain.run(validator.entry) };
}

export { VALIDATOR_BINARY };

/** Whether a validator is compiled to a binary worth keeping between jobs (C and C++). */
export function isCompiledValidator(validator: ValidatorSource): boolean {
  return validatorToolchain(validator.language).buildsBinary;
}

/**
 * Compiles a C/C++ validator and hands the binary back (collected from a no-op run right after the
 * compile, before any candidate output reaches that container), so later jobs skip the compile.
 */
export function buildValidatorCompileJob(validator: ValidatorSource, problemUuid: string): SandboxJob {
  const runtime = languagePack(validator.language);
  const { compile, run } = validatorCommands(validator);
  const env = runtime.env ? { ...runtime.env } : undefined;
  return {
    language: validator.language,
    ownerId: validatorOwnerId(problemUuid),
    files: validator.files.map((f) => ({ path: f.path, content: f.content })),
    compile: { argv: compile, env, limits: compileLimits(runtime) },
    run: { argv: run, env },
    tests: [{ id: 'collect', stdin: '', argv: ['true'], limits: VALIDATOR_LIMITS, collectFiles: [VALIDATOR_BINARY] }],
  };
}

/** `binary`: a validator compiled earlier (buildValidatorCompileJob); the job then skips compiling. */
export function buildValidatorJob(
  validator: ValidatorSource,
  problemUuid: string,
  cases: ValidatorCase[],
  binary?: Buffer,
): SandboxJob {
  const runtime = languagePack(validator.language);
  const { compile, run } = validatorCommands(validator);
  const env = runtime.env ? { ...runtime.env } : undefined;
  return {
    language: validator.language,
    ownerId: validatorOwnerId(problemUuid),
    files: binary
      ? [{ path: VALIDATOR_BINARY, content: binary, mode: 0o755 }]
      : validator.files.map((f) => ({ path: f.path, content: f.content })),
    ...(binary ? {} : { compile: { argv: compile, env, limits: compileLimits(runtime) } }),
    run: { argv: run, env },
    tests: cases.map((c): SandboxTest => {
      const dir = `judging/${c.index}`;
      return {
        id: String(c.index),
        stdin: c.output,
        limits: VALIDATOR_LIMITS,
        argv: [...run, `${dir}/input`, `${dir}/answer`, `${dir}/feedback/`, ...c.flags],
        // Writing a file creates the feedback folder; the validator may write beside it.
        files: [
          { path: `${dir}/input`, content: c.input },
          { path: `${dir}/answer`, content: c.answer },
          { path: `${dir}/feedback/.created`, content: '' },
        ],
        collectFiles: [`${dir}/feedback/judgemessage.txt`, `${dir}/feedback/teammessage.txt`],
      };
    }),
  };
}
