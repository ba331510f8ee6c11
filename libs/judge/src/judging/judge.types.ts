import type { LanguageId, SqlDiffDto, SubmissionMode, Verdict } from '@tryout/contracts';
import type { SandboxDriver } from '@tryout/sandbox';
import type { JudgeableProblem, TestGroup } from '../problem/problem-package';

/** A test to run. Without `answer` (custom input on Run) only the execution is judged. */
export interface JudgeTestInput {
  name: string;
  group: TestGroup | 'custom';
  input: string;
  answer?: string;
  validatorFlags?: string[];
}

export interface JudgeTestResult {
  index: number;
  name: string;
  group: TestGroup | 'custom';
  verdict: Verdict;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  exitCode: number | null;
  signal: string | null;
  /** The program's stdout (capped for display; the comparison used all of it). */
  stdout: string;
  stderr: string;
  /** Function problems: the returned value as JSON; SQL problems: the result set as JSON. */
  actual?: string;
  /** SQL problems, wrong answers: the first differing row (shown for visible tests only). */
  sqlDiff?: SqlDiffDto;
  /** For the candidate: why the answer is wrong (first differing token, teammessage.txt). */
  message?: string;
  /** For admins only: a custom validator's judgemessage.txt, or our own failure's detail. */
  judgeMessage?: string;
}

export interface JudgeResult {
  verdict: Verdict;
  tests: JudgeTestResult[];
  /** The compiler's output on compile_error (and its warnings otherwise, when any). */
  compileOutput?: string;
  /** Maxima over the tests run. */
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
  /** internal_error's detail (ours; never shown to candidates). */
  error?: string;
}

export type JudgeEvent =
  | { type: 'compiling' }
  | { type: 'running'; done: number; total: number; test?: JudgeTestResult }
  | { type: 'verdict'; result: JudgeResult };

export interface JudgeSubmissionOptions {
  driver: SandboxDriver;
  problem: JudgeableProblem;
  language: LanguageId;
  source: string;
  /** `submit` runs every test and stops at the first failure; `run` runs all of `tests`. */
  mode: SubmissionMode;
  /** Tests to run; default: samples for `run`, all tests for `submit`. */
  tests?: JudgeTestInput[];
  /** Whose code: containers are reused only for the same owner. */
  ownerId: string;
  onEvent?: (event: JudgeEvent) => void | Promise<void>;
  /** Overrides the problem's per-test time limit (verify uses it while deriving the Kattis limit). */
  timeLimitMs?: number;
}
