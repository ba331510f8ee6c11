import { languagePack } from '@tryout/languages';
import { createHash } from 'node:crypto';
import type { SqlDiffDto, Verdict } from '@tryout/contracts';
import { type SandboxEvent, type SandboxExecution, type SandboxJob, type SandboxProcessResult } from '@tryout/sandbox';
import type { CompareResult } from '../compare/compare.types';
import { compareDefault, parseDefaultValidatorFlags } from '../compare/default.validator';
import { type Json, parseExactJson } from '../compare/exact-json.util';
import { compareClassResults, compareFunctionResult } from '../compare/function-compare.util';
import { checkFunctionInput } from '../problem/function-input.validator';
import type { JudgeableProblem, ValidatorSource } from '../problem/problem-package';
import { executionVerdict, overallVerdict, runtimeErrorReason } from '../verdict.util';
import {
  buildCandidateJob,
  buildValidatorCompileJob,
  buildValidatorJob,
  chargedWallMs,
  isCompiledValidator,
  languageLimits,
  VALIDATOR_ACCEPT,
  VALIDATOR_BINARY,
  VALIDATOR_WRONG,
  type ValidatorCase,
  wallBudgetMs,
} from './judge-job.builder';
import { sqlTestOutcome } from './sql-outcome.util';
import type { JudgeEvent, JudgeResult, JudgeSubmissionOptions, JudgeTestInput, JudgeTestResult } from './judge.types';

/**
 * Output kept for display per test, the note about what was cut included (the comparison sees
 * all of it). Results are stored with the same cap in characters, so nothing is cut twice.
 */
export const DISPLAY_CAP_BYTES = 64 * 1024;
/** Room kept for the "… (N more bytes)" note. */
const NOTE_ROOM = 64;

/** The start of some output as text: at most `cap` characters, cut at a UTF-8 boundary, with a note. */
export function displayText(buf: Buffer | undefined, cap = DISPLAY_CAP_BYTES): string {
  if (!buf || buf.length === 0) return '';
  if (buf.length <= cap) return buf.toString('utf8');
  let keep = cap - NOTE_ROOM;
  // Never split a character: back up over UTF-8 continuation bytes.
  while (keep > 0 && (buf[keep] & 0xc0) === 0x80) keep--;
  // Each UTF-8 byte decodes to at most one UTF-16 unit, so the text is at most `keep` characters.
  return `${buf.subarray(0, keep).toString('utf8')}\n… (${buf.length - keep} more bytes)`;
}

/** The same cap for text joined from several outputs (compiler stdout + stderr). */
function clipText(s: string, cap = DISPLAY_CAP_BYTES): string {
  if (s.length <= cap) return s;
  const keep = cap - NOTE_ROOM;
  return `${s.slice(0, keep)}\n… (${s.length - keep} more characters)`;
}

const text = displayText;

/** The tests a mode runs by default: samples on Run, everything on Submit. */
export function defaultTests(problem: Pick<JudgeableProblem, 'tests'>, mode: 'run' | 'submit'): JudgeTestInput[] {
  return problem.tests
    .filter((t) => mode === 'submit' || t.group === 'sample')
    .map((t) => ({ name: t.name, group: t.group, input: t.input, answer: t.answer, validatorFlags: t.validatorFlags }));
}

function measured(
  result: SandboxProcessResult,
  baselineKb: number,
): Pick<JudgeTestResult, 'cpuMs' | 'wallMs' | 'memoryKb' | 'exitCode' | 'signal'> {
  return {
    cpuMs: Math.round(result.cpuMs),
    wallMs: Math.round(result.wallMs),
    memoryKb: Math.max(0, Math.round(result.memoryKb - baselineKb)),
    exitCode: result.exitCode,
    signal: result.signal,
  };
}

/** Measurements of a test that never ran. */
const NOT_RUN = { cpuMs: 0, wallMs: 0, memoryKb: 0, exitCode: null, signal: null, stdout: '', stderr: '' } as const;

function summarize(verdict: Verdict, tests: JudgeTestResult[], extra: Partial<JudgeResult> = {}): JudgeResult {
  return {
    verdict,
    tests,
    cpuMs: Math.max(0, ...tests.map((t) => t.cpuMs)),
    wallMs: Math.max(0, ...tests.map((t) => t.wallMs)),
    memoryKb: Math.max(0, ...tests.map((t) => t.memoryKb)),
    ...extra,
  };
}

/** Compares one cleanly finished run with the answer (default validator or function comparison). */
function compareOutput(
  problem: JudgeableProblem,
  test: JudgeTestInput,
  result: SandboxProcessResult,
  statementMs: number,
): { verdict: Verdict; message?: string; actual?: string; judgeMessage?: string; sqlDiff?: SqlDiffDto } {
  if (problem.type === 'sql') return sqlTestOutcome(result, test, problem.sql?.ordered ?? true, statementMs);
  const returned = problem.type === 'function' ? (result.result?.toString('utf8') ?? '') : undefined;
  // Custom input: nothing to compare with, but the candidate still sees what the function returned.
  if (test.answer === undefined)
    return { verdict: 'accepted', ...(returned ? { actual: returned.slice(0, DISPLAY_CAP_BYTES) } : {}) };
  let outcome: CompareResult;
  if (problem.type === 'function') {
    const spec = problem.callable;
    if (!spec) return { verdict: 'internal_error', judgeMessage: 'function problem without a signature' };
    const raw = returned ?? '';
    if (raw.trim() === '')
      return {
        verdict: 'wrong_answer',
        message: 'no value was returned (the program exited before the function returned)',
      };
    const actual = text(result.result);
    let got: Json;
    let expected: Json;
    try {
      got = parseExactJson(raw);
    } catch {
      // Only the process writes fd 3, and every harness writes exactly one JSON value there: anything
      // else (a NaN, a second write, bytes from the candidate's own code) is the candidate's doing.
      return {
        verdict: 'runtime_error',
        message: 'the result channel (fd 3) held something that is not a JSON value',
        actual,
      };
    }
    try {
      expected = parseExactJson(test.answer);
    } catch {
      return { verdict: 'internal_error', judgeMessage: `${test.name}.ans is not JSON` };
    }
    if (spec.kind === 'class') {
      let operations: string[] | undefined;
      try {
        operations = (JSON.parse(test.input.split('\n')[0]) as unknown[]).map(String);
      } catch {
        operations = undefined;
      }
      outcome = compareClassResults(got, expected, spec.compare, operations);
    } else {
      outcome = compareFunctionResult(got, expected, spec.compare);
    }
    return {
      verdict: outcome.ok ? 'accepted' : 'wrong_answer',
      ...(outcome.ok ? {} : { message: outcome.reason }),
      actual,
    };
  }
  let options;
  try {
    options = parseDefaultValidatorFlags([...problem.validation.flags, ...(test.validatorFlags ?? [])]);
  } catch (err) {
    return { verdict: 'internal_error', judgeMessage: `validator flags: ${(err as Error).message}` };
  }
  outcome = compareDefault(result.stdout, test.answer, options);
  return outcome.ok ? { verdict: 'accepted' } : { verdict: 'wrong_answer', message: outcome.reason };
}

/**
 * Execution facts (our kill → OOM → signal → exit code), or nothing (compare next). Whatever the process did is the
 * candidate's — its code shares the process with the harness, so no exit code or fd-3 content can
 * prove a harness fault; the input was checked on the host first and our harnesses are proven by
 * `tryout verify`. Only the sandbox failing is ours.
 */
function executionOutcome(
  problem: JudgeableProblem,
  result: SandboxProcessResult,
): { verdict: Verdict; message?: string; judgeMessage?: string } | undefined {
  if (result.termination === 'sandbox_error')
    return { verdict: 'internal_error', judgeMessage: result.error ?? 'sandbox error' };
  // SQL: the process is our runner; its limits (time, memory, output) are the statement's doing,
  // how it exited is judged with its report (sqlTestOutcome).
  if (problem.type === 'sql' && (result.termination === 'exited' || result.termination === 'signaled'))
    return undefined;
  const v = executionVerdict(result);
  if (v !== 'runtime_error') return v ? { verdict: v } : undefined;
  const message = runtimeErrorReason(result, problem.type === 'function');
  return { verdict: v, ...(message ? { message } : {}) };
}

function compileFailure(result: SandboxProcessResult): { verdict: Verdict; output: string } | undefined {
  if (result.termination === 'sandbox_error')
    return { verdict: 'internal_error', output: result.error ?? 'sandbox error while compiling' };
  if (result.termination === 'exited' && result.exitCode === 0) return undefined;
  const out = [text(result.stdout), text(result.stderr)]
    .filter((s) => s.trim())
    .join('\n')
    .trim();
  const why =
    result.termination === 'cpu_limit' || result.termination === 'wall_limit'
      ? 'Compilation exceeded its time limit.'
      : result.termination === 'memory_limit'
        ? 'Compilation exceeded its memory limit.'
        : result.termination === 'output_limit'
          ? 'The compiler printed too much.'
          : '';
  return {
    verdict: 'compile_error',
    output: [clipText(out, DISPLAY_CAP_BYTES - NOTE_ROOM), why].filter(Boolean).join('\n') || 'Compilation failed.',
  };
}

/**
 * What is wrong with the problem's own test inputs, per input text, once per loaded problem: verify
 * and import judge one package many times, and checking a large input costs tens of milliseconds of
 * the host's CPU on every submission otherwise. Keyed by the problem's tests array, so a new load
 * (a new version) is checked afresh; custom inputs are always checked.
 */
const checkedInputs = new WeakMap<
  JudgeableProblem['tests'],
  { spec: NonNullable<JudgeableProblem['callable']>; found: Map<string, string | undefined> }
>();

function inputProblem(problem: JudgeableProblem, test: JudgeTestInput): string | undefined {
  const spec = problem.callable;
  if (!spec) return undefined;
  if (test.group === 'custom') return checkFunctionInput(spec, test.input);
  let memo = checkedInputs.get(problem.tests);
  if (memo?.spec !== spec) {
    memo = { spec, found: new Map() };
    checkedInputs.set(problem.tests, memo);
  }
  if (memo.found.has(test.input)) return memo.found.get(test.input);
  const bad = checkFunctionInput(spec, test.input);
  memo.found.set(test.input, bad);
  return bad;
}

/** Iterates an execution; a throw from the driver becomes `undefined` plus the error. */
async function drain(
  execution: SandboxExecution,
  onEvent: (e: SandboxEvent) => Promise<void>,
): Promise<string | undefined> {
  try {
    for await (const event of execution) await onEvent(event);
    return undefined;
  } catch (err) {
    return (err as Error).message || String(err);
  }
}

function execute(driver: JudgeSubmissionOptions['driver'], job: SandboxJob): SandboxExecution | string {
  try {
    return driver.execute(job);
  } catch (err) {
    return (err as Error).message || String(err);
  }
}

/**
 * Judges one submission end to end: builds the sandbox job (language runtime, limits, harness for
 * function problems), streams events (compiling → running k/n → verdict), decides each test's
 * verdict in docs/sandbox.md's order, then compares the output (default validator, function comparison
 * or a Kattis custom validator run in its own sandbox job). Never throws for candidate faults or
 * sandbox failures: those are verdicts (`internal_error` carries `error`).
 */
export async function judgeSubmission(options: JudgeSubmissionOptions): Promise<JudgeResult> {
  const { driver, problem, language, source, mode, ownerId } = options;
  const emit = async (event: JudgeEvent): Promise<void> => {
    if (options.onEvent) await options.onEvent(event);
  };
  const finish = async (result: JudgeResult): Promise<JudgeResult> => {
    await emit({ type: 'verdict', result });
    return result;
  };
  const tests = options.tests ?? defaultTests(problem, mode);
  const runtime = languagePack(language);
  const baselineKb = runtime.reportBaselineKb ?? runtime.memoryBaselineKb;
  const statementMs = languageLimits(problem.limits, language, options.timeLimitMs).timeLimitMs;
  const customValidation = problem.type === 'stdio' && problem.validation.kind === 'custom';
  if (customValidation && !problem.validator)
    return finish(summarize('internal_error', [], { error: 'validation: custom without a validator' }));

  // Function inputs are checked here, on the host, so that no harness failure inside the sandbox
  // can be ours: a bad test file is our error, a bad custom input the candidate's.
  const decided: JudgeTestResult[] = [];
  if (problem.type === 'function' && problem.callable) {
    for (let index = 0; index < tests.length; index++) {
      const bad = inputProblem(problem, tests[index]);
      if (!bad) continue;
      const test = tests[index];
      if (test.group !== 'custom')
        return finish(summarize('internal_error', [], { error: `${test.name}.in does not fit the signature: ${bad}` }));
      decided.push({
        ...NOT_RUN,
        index,
        name: test.name,
        group: test.group,
        verdict: 'runtime_error',
        message: `the input does not fit the function's parameters: ${bad}`,
      });
    }
  }

  let job: SandboxJob;
  try {
    job = buildCandidateJob(problem, language, source, ownerId, tests, options.timeLimitMs);
  } catch (err) {
    return finish(
      summarize('internal_error', [], { error: `cannot build the sandbox job: ${(err as Error).message}` }),
    );
  }
  if (decided.length > 0) {
    for (let i = 0; i < decided.length; i++)
      await emit({ type: 'running', done: i + 1, total: tests.length, test: decided[i] });
    const skip = new Set(decided.map((t) => String(t.index)));
    job = { ...job, tests: job.tests.filter((t) => !skip.has(t.id)) };
    if (job.tests.length === 0) return finish(summarize(overallVerdict(decided.map((t) => t.verdict)), decided));
  }
  if (job.compile) await emit({ type: 'compiling' });
  const execution = execute(driver, job);
  if (typeof execution === 'string') return finish(summarize('internal_error', [], { error: `sandbox: ${execution}` }));

  /** Custom validation: runs that finished cleanly and await the validator. */
  const pending = new Map<number, { result: SandboxProcessResult; partial: JudgeTestResult }>();
  let compileOutput: string | undefined;
  let compileVerdict: Verdict | undefined;
  let stopped = false;
  let received = 0;
  const budgetMs = wallBudgetMs(job.tests.map((t) => t.limits));
  let spentMs = 0;

  const streamError = await drain(execution, async (event) => {
    if (stopped) return;
    if (event.type === 'compiled') {
      const failure = compileFailure(event.result);
      const output = [text(event.result.stdout), text(event.result.stderr)]
        .filter((s) => s.trim())
        .join('\n')
        .trim();
      if (failure) {
        compileVerdict = failure.verdict;
        compileOutput = failure.output;
        stopped = true;
        execution.abort();
      } else if (output) {
        compileOutput = clipText(output); // warnings
      }
      return;
    }
    const index = Number(event.id);
    const test = tests[index];
    if (!test) return;
    received++;
    const r = event.result;
    const base: JudgeTestResult = {
      index,
      name: test.name,
      group: test.group,
      verdict: 'accepted',
      ...measured(r, baselineKb),
      stdout: text(r.stdout),
      stderr: text(r.stderr),
    };
    spentMs += chargedWallMs(r);
    const overBudget = spentMs > budgetMs;
    const failed =
      executionOutcome(problem, r) ??
      (overBudget
        ? {
            verdict: 'time_limit_exceeded' as const,
            message: `the tests together took longer than the ${(budgetMs / 1000).toFixed(1)} s this submission may use`,
          }
        : undefined);
    let final: JudgeTestResult | undefined;
    if (failed)
      final = {
        ...base,
        verdict: failed.verdict,
        ...('message' in failed && failed.message ? { message: failed.message } : {}),
        ...('judgeMessage' in failed && failed.judgeMessage ? { judgeMessage: failed.judgeMessage } : {}),
      };
    else if (customValidation && test.answer !== undefined) pending.set(index, { result: r, partial: base });
    else {
      const c = compareOutput(problem, test, r, statementMs);
      final = {
        ...base,
        verdict: c.verdict,
        ...(c.message ? { message: c.message } : {}),
        ...(c.actual !== undefined ? { actual: c.actual } : {}),
        ...(c.sqlDiff ? { sqlDiff: c.sqlDiff } : {}),
        ...(c.judgeMessage ? { judgeMessage: c.judgeMessage } : {}),
      };
    }
    if (final) {
      decided.push(final);
      if (!customValidation) await emit({ type: 'running', done: decided.length, total: tests.length, test: final });
      if (final.verdict !== 'accepted' && (mode === 'submit' || final.verdict === 'internal_error')) {
        stopped = true;
        execution.abort();
      }
    }
    // The wall budget is spent: the remaining tests are not run, in either mode.
    if (overBudget && !stopped) {
      stopped = true;
      execution.abort();
    }
    // Runs awaiting the custom validator are announced once validated, so `done` only grows.
  });

  if (compileVerdict) {
    return finish(
      summarize(compileVerdict, [], compileVerdict === 'internal_error' ? { error: compileOutput } : { compileOutput }),
    );
  }
  if (streamError !== undefined)
    return finish(summarize('internal_error', decided, { error: `sandbox: ${streamError}`, compileOutput }));
  if (!stopped && received < job.tests.length) {
    return finish(
      summarize('internal_error', decided, {
        error: `sandbox returned ${received} of ${job.tests.length} test results`,
        compileOutput,
      }),
    );
  }

  let results = decided;
  if (customValidation && pending.size > 0 && problem.validator) {
    const validated = await validate(options, tests, pending);
    if (typeof validated === 'string')
      return finish(summarize('internal_error', decided, { error: validated, compileOutput }));
    results = [...decided, ...validated].sort((a, b) => a.index - b.index);
    if (mode === 'submit') {
      const firstBad = results.findIndex((t) => t.verdict !== 'accepted');
      if (firstBad >= 0) results = results.slice(0, firstBad + 1);
    }
    for (let i = 0; i < results.length; i++)
      await emit({ type: 'running', done: i + 1, total: tests.length, test: results[i] });
  }
  results.sort((a, b) => a.index - b.index);
  const internal = results.find((t) => t.verdict === 'internal_error');
  const verdict = internal ? 'internal_error' : overallVerdict(results.map((t) => t.verdict));
  return finish(
    summarize(verdict, results, {
      ...(compileOutput ? { compileOutput } : {}),
      ...(internal ? { error: internal.judgeMessage ?? 'internal error' } : {}),
    }),
  );
}

/** Compiled validators by content hash: a problem's validator compiles once per process, not per submission. */
const validatorBinaries = new Map<string, Buffer>();
const VALIDATOR_CACHE_ENTRIES = 64;

function validatorKey(validator: ValidatorSource): string {
  const h = createHash('sha256').update(validator.language).update('\0').update(validator.entry);
  for (const f of [...validator.files].sort((a, b) => a.path.localeCompare(b.path)))
    h.update('\0').update(f.path).update('\0').update(f.content);
  return h.digest('hex');
}

/** The validator's binary: cached, or compiled now in its own sandbox job. A string is our failure. */
async function compiledValidator(
  driver: JudgeSubmissionOptions['driver'],
  validator: ValidatorSource,
  problemUuid: string,
): Promise<Buffer | string | undefined> {
  const key = validatorKey(validator);
  const cached = validatorBinaries.get(key);
  if (cached) return cached;
  const execution = execute(driver, buildValidatorCompileJob(validator, problemUuid));
  if (typeof execution === 'string') return `validator sandbox: ${execution}`;
  let failure: string | undefined;
  let binary: Buffer | undefined;
  const streamError = await drain(execution, (event) => {
    if (event.type === 'compiled') {
      const bad = compileFailure(event.result);
      if (bad) failure = `the output validator does not compile: ${bad.output.slice(0, 2000)}`;
    } else {
      binary = event.result.files?.[VALIDATOR_BINARY];
    }
    return Promise.resolve();
  });
  if (failure) return failure;
  if (streamError !== undefined) return `validator sandbox: ${streamError}`;
  // Not collected (e.g. over the collection cap): the validator job compiles it itself.
  if (!binary || binary.length === 0 || binary.length >= VALIDATOR_COLLECT_CAP_BYTES) return undefined;
  if (validatorBinaries.size >= VALIDATOR_CACHE_ENTRIES)
    validatorBinaries.delete(validatorBinaries.keys().next().value as string);
  validatorBinaries.set(key, binary);
  return binary;
}

/** The supervisor returns collected files up to 1 MiB; a binary that size may be truncated. */
const VALIDATOR_COLLECT_CAP_BYTES = 1024 * 1024;

/** Runs the Kattis validator over the pending outputs in a job of its own; a string is our failure. */
async function validate(
  options: JudgeSubmissionOptions,
  tests: JudgeTestInput[],
  pending: Map<number, { result: SandboxProcessResult; partial: JudgeTestResult }>,
): Promise<JudgeTestResult[] | string> {
  const { problem, driver, mode } = options;
  const validator = problem.validator;
  if (!validator) return 'no validator';
  const cases: ValidatorCase[] = [...pending.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, { result }]) => ({
      index,
      input: tests[index].input,
      answer: tests[index].answer ?? '',
      output: result.stdout,
      flags: [...problem.validation.flags, ...(tests[index].validatorFlags ?? [])],
    }));
  let binary: Buffer | undefined;
  if (isCompiledValidator(validator)) {
    const compiled = await compiledValidator(driver, validator, problem.uuid);
    if (typeof compiled === 'string') return compiled;
    binary = compiled;
  }
  const job = buildValidatorJob(validator, problem.uuid, cases, binary);
  const execution = execute(driver, job);
  if (typeof execution === 'string') return `validator sandbox: ${execution}`;
  const out: JudgeTestResult[] = [];
  let failure: string | undefined;
  let stopped = false;
  const streamError = await drain(execution, (event) => {
    if (stopped) return Promise.resolve();
    if (event.type === 'compiled') {
      const bad = compileFailure(event.result);
      if (bad) {
        failure = `the output validator does not compile: ${bad.output.slice(0, 2000)}`;
        stopped = true;
        execution.abort();
      }
      return Promise.resolve();
    }
    const index = Number(event.id);
    const entry = pending.get(index);
    if (!entry) return Promise.resolve();
    const r = event.result;
    const dir = `judging/${index}`;
    const judgeMessage = r.files?.[`${dir}/feedback/judgemessage.txt`]?.toString('utf8');
    const teamMessage = r.files?.[`${dir}/feedback/teammessage.txt`]?.toString('utf8');
    let verdict: Verdict;
    let detail: string | undefined;
    if (r.termination === 'exited' && r.exitCode === VALIDATOR_ACCEPT) verdict = 'accepted';
    else if (r.termination === 'exited' && r.exitCode === VALIDATOR_WRONG) verdict = 'wrong_answer';
    else {
      verdict = 'internal_error';
      detail = `output validator failed (${r.termination}, exit ${String(r.exitCode)}${r.signal ? `, ${r.signal}` : ''}): ${text(r.stderr, 2000)}`;
    }
    const judge = [judgeMessage?.trim(), detail].filter(Boolean).join('\n');
    out.push({
      ...entry.partial,
      verdict,
      ...(verdict === 'wrong_answer' ? { message: teamMessage?.trim() || 'wrong answer' } : {}),
      ...(judge ? { judgeMessage: judge } : {}),
    });
    if (verdict !== 'accepted' && (mode === 'submit' || verdict === 'internal_error')) {
      stopped = true;
      execution.abort();
    }
    return Promise.resolve();
  });
  if (failure) return failure;
  if (streamError !== undefined) return `validator sandbox: ${streamError}`;
  if (!stopped && out.length < cases.length)
    return `validator sandbox returned ${out.length} of ${cases.length} results`;
  return out;
}
