import type { SubmissionStatus, Verdict } from './verdict';

/** One per-test result as every client sees it. Hidden tests never carry data. */
export interface TestResultDto {
  index: number;
  name: string;
  hidden: boolean;
  verdict: Verdict;
  cpuMs: number;
  wallMs: number;
  memoryKb: number;
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
      cpuMs: number;
      memoryKb: number;
      compileOutput?: string;
    };
