import type { SqlDiffDto } from './api/sql';
import type { SubmissionStatus, Verdict } from './verdict';

/**
 * One per-test result as a client sees it. A hidden test carries only its index, its name
 * (`Hidden test k`, k counted from 1 over the hidden tests, the same on every route and event)
 * and its verdict: no data, no figures, no exit code or signal. Admins also get the figures.
 */
export interface TestResultDto {
  index: number;
  name: string;
  hidden: boolean;
  verdict: Verdict;
  /** Absent for hidden tests (except for admins). */
  cpuMs?: number;
  wallMs?: number;
  memoryKb?: number;
  /** Only for visible tests (samples or custom input). */
  input?: string;
  expected?: string;
  /**
   * What the program produced: the returned value as JSON for function and design problems, the
   * standard output for stdio problems.
   */
  actual?: string;
  /** Function and design problems: what the program printed to stdout besides returning (debug prints). */
  stdout?: string;
  stderr?: string;
  /** Kattis teammessage.txt or checker feedback shown to the candidate. */
  message?: string;
  exitCode?: number | null;
  signal?: string | null;
  /** SQL problems, visible tests with a wrong answer: the first differing row. */
  sqlDiff?: SqlDiffDto;
}

/** Progress events, in order: queued → compiling → running k/n → verdict. */
export type SubmissionEvent =
  | { type: 'status'; submissionId: string; status: 'queued' | 'compiling' }
  | { type: 'running'; submissionId: string; done: number; total: number; test?: TestResultDto }
  | {
      type: 'verdict';
      submissionId: string;
      status: Extract<SubmissionStatus, 'finished'>;
      verdict: Verdict;
      /** Max over tests; candidates get it rounded up to a 1-2-5 step (admins: exact). */
      cpuMs: number;
      memoryKb: number;
      compileOutput?: string;
    };
