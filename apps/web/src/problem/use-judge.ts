import { useQueryClient } from '@tanstack/react-query';
import type {
  LanguageId,
  SubmissionDto,
  SubmissionEvent,
  SubmissionMode,
  TestResultDto,
  Verdict,
} from '@tryout/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/api-error';
import { api } from '../api/endpoints';
import { followSubmission } from '../api/submission-events';

export interface JudgeState {
  phase: 'idle' | 'sending' | 'queued' | 'compiling' | 'running' | 'finished' | 'error';
  mode: SubmissionMode | null;
  submissionId: string | null;
  done: number;
  total: number;
  /** Per-test results as they stream in; replaced by the stored ones at the verdict. */
  tests: TestResultDto[];
  verdict: Verdict | null;
  cpuMs: number | null;
  memoryKb: number | null;
  compileOutput: string | null;
  /** The full stored submission once finished. */
  submission: SubmissionDto | null;
  /** The custom cases of this run; null when it runs the samples. */
  customInputs: string[] | null;
  /** The language the code was sent in: its limits apply, whatever the menu shows later. */
  language: LanguageId | null;
  error: string | null;
}

/** Nothing sent yet: the state a judge panel starts from. */
export const IDLE_JUDGE_STATE: JudgeState = {
  phase: 'idle',
  mode: null,
  submissionId: null,
  done: 0,
  total: 0,
  tests: [],
  verdict: null,
  cpuMs: null,
  memoryKb: null,
  compileOutput: null,
  submission: null,
  customInputs: null,
  language: null,
  error: null,
};

export function applyEvent(state: JudgeState, event: SubmissionEvent): JudgeState {
  switch (event.type) {
    case 'status':
      return { ...state, phase: event.status };
    case 'running': {
      const tests = event.test
        ? [...state.tests.filter((t) => t.index !== event.test!.index), event.test]
        : state.tests;
      return {
        ...state,
        phase: 'running',
        done: event.done,
        total: event.total,
        tests: tests.sort((a, b) => a.index - b.index),
      };
    }
    case 'verdict':
      return {
        ...state,
        phase: 'finished',
        verdict: event.verdict,
        cpuMs: event.cpuMs,
        memoryKb: event.memoryKb,
        compileOutput: event.compileOutput ?? state.compileOutput,
      };
    default:
      // Keep-alives and event kinds newer than this client: nothing to show.
      return state;
  }
}

/** The state once the stored result is loaded after the verdict: it completes what the events showed. */
export function finishedState(s: JudgeState, submission: SubmissionDto): JudgeState {
  return {
    ...s,
    phase: 'finished',
    submission,
    tests: submission.tests.length ? submission.tests : s.tests,
    verdict: submission.verdict ?? s.verdict,
    compileOutput: submission.compileOutput ?? s.compileOutput,
    cpuMs: submission.cpuMs ?? s.cpuMs,
    memoryKb: submission.memoryKb ?? s.memoryKb,
    total: submission.testsTotal || s.total,
    done: submission.testsDone || s.done,
  };
}

/** Run and Submit: create the submission, follow its live events, then load the stored result. */
export function useJudge(slug: string) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<JudgeState>(IDLE_JUDGE_STATE);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (mode: SubmissionMode, language: LanguageId, source: string, customInputs?: string[]) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ ...IDLE_JUDGE_STATE, phase: 'sending', mode, customInputs: customInputs ?? null, language });
      try {
        const { id } = await api.createSubmission({ problem: slug, language, mode, source, customInputs });
        if (abort.signal.aborted) return;
        setState((s) => ({ ...s, phase: 'queued', submissionId: id }));
        void queryClient.invalidateQueries({ queryKey: ['submissions', slug] });
        await followSubmission(id, (event) => setState((s) => applyEvent(s, event)), abort.signal);
        if (abort.signal.aborted) return;
        const submission = await api.submission(id);
        if (abort.signal.aborted) return;
        setState((s) => finishedState(s, submission));
        void queryClient.invalidateQueries({ queryKey: ['submissions'] });
        if (mode === 'submit') {
          void queryClient.invalidateQueries({ queryKey: ['problems'] });
          void queryClient.invalidateQueries({ queryKey: ['problem', slug] });
          void queryClient.invalidateQueries({ queryKey: ['progress'] });
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        setState((s) => ({ ...s, phase: 'error', error: errorMessage(error) }));
      }
    },
    [slug, queryClient],
  );

  const busy = ['sending', 'queued', 'compiling', 'running'].includes(state.phase);
  return { state, start, busy };
}
