import type { LanguageId, Verdict } from '@tryout/contracts';
import { LANGUAGE_IDS } from '@tryout/contracts';
import { languagePack } from '@tryout/languages';
import type { JudgeableProblem } from '../problem/problem-package';
import { DISPLAY_CAP_BYTES, judgeSubmission } from './judge-submission';
import type { JudgeResult, JudgeSubmissionOptions } from './judge.types';

/** A reference solution as a problem stores it: `expected` lists the verdicts it must get. */
export interface ReferenceCandidate {
  language: LanguageId;
  source: string;
  expected: readonly Verdict[];
}

/** An answer the reference solution gave for one custom input, or why there is none. */
export type ReferenceAnswer = { answer: string } | { missing: string };

/**
 * The reference solution to answer custom inputs with: an accepted one, in `prefer` when given (a
 * SQL problem's answer in the candidate's own dialect), then the quickest to start (the language
 * packs' compile budget stands in for start-up cost, so Python and JavaScript come before C++ and
 * Scala), then the catalog's language order.
 */
export function pickReference<T extends ReferenceCandidate>(
  solutions: readonly T[],
  prefer?: LanguageId,
): T | undefined {
  const order = (l: LanguageId) =>
    [l === prefer ? 0 : 1, languagePack(l).compileTimeLimitMs, LANGUAGE_IDS.indexOf(l)] as const;
  return solutions
    .filter((s) => s.expected.length > 0 && s.expected.every((v) => v === 'accepted'))
    .sort((a, b) => {
      const [pa, ta, ia] = order(a.language);
      const [pb, tb, ib] = order(b.language);
      return pa - pb || ta - tb || ia - ib;
    })[0];
}

/** Past this the answer was cut for display (see DISPLAY_CAP_BYTES) and can't be compared with. */
const ANSWER_CAP_BYTES = DISPLAY_CAP_BYTES - 64;

export const NO_REFERENCE_ANSWER =
  'no expected answer: the reference solution did not finish on this input (is it within the constraints?)';

/** Maps a reference run's result to one answer per input, in order. */
export function referenceAnswersFrom(
  result: Pick<JudgeResult, 'tests'>,
  type: JudgeableProblem['type'],
  count: number,
): ReferenceAnswer[] {
  return Array.from({ length: count }, (_, index): ReferenceAnswer => {
    const test = result.tests.find((t) => t.index === index);
    if (!test || test.verdict !== 'accepted') return { missing: NO_REFERENCE_ANSWER };
    // Function: the returned value; SQL: the result set (JSON); stdio: the output.
    const answer = type === 'stdio' ? test.stdout : test.actual;
    if (answer === undefined) return { missing: NO_REFERENCE_ANSWER };
    if (Buffer.byteLength(answer) > ANSWER_CAP_BYTES)
      return { missing: 'no expected answer: the reference answer is too large to show' };
    return { answer };
  });
}

/**
 * Runs the problem's reference solution on a Run's custom inputs, so each case shows the expected
 * answer and is judged against it, as on the practice sites candidates know. The reference's own
 * failures (an input outside the constraints, a sandbox error) cost the candidate nothing: that
 * case is only run, as before, with a note.
 */
export async function referenceAnswers(options: {
  driver: JudgeSubmissionOptions['driver'];
  problem: JudgeableProblem;
  reference: Pick<ReferenceCandidate, 'language' | 'source'>;
  inputs: readonly string[];
}): Promise<ReferenceAnswer[]> {
  const { problem, reference, inputs } = options;
  const result = await judgeSubmission({
    driver: options.driver,
    problem,
    language: reference.language,
    source: reference.source,
    mode: 'run',
    // Trusted code: its containers are never shared with a candidate's.
    ownerId: `reference:${problem.uuid}`,
    tests: inputs.map((input, i) => ({ name: `custom/${i + 1}`, group: 'custom' as const, input })),
  });
  return referenceAnswersFrom(result, problem.type, inputs.length);
}
