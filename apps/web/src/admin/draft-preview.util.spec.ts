import { LANGUAGES, languageTimeLimitMs, type DraftContentDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import { previewOf } from './draft-preview.util';

const content = (timeLimitMs: number | null, type: DraftContentDto['type'] = 'function'): DraftContentDto => ({
  slug: 'add-two',
  title: 'Add Two',
  type,
  difficulty: 'easy',
  tags: [],
  source: null,
  statement: '',
  editorial: null,
  hints: [],
  limits: { timeLimitMs, memoryMb: 256, outputMb: 8, timeMultiplier: 2, timeSafetyMargin: 1.5 },
  checking: { kind: 'default', flags: [] },
  callable:
    type === 'function'
      ? { kind: 'function', name: 'addTwo', params: [{ name: 'a', type: 'int' }], returns: 'int', compare: 'exact' }
      : null,
  starters: {},
  solutions: [],
  validator: null,
});

describe('previewOf', () => {
  it('states the per-language limits the judge applies, as the problem page does', () => {
    const preview = previewOf({ tests: [] }, content(1000), null);
    // Python's multiplier is 3: "Time limit 3 s in Python 3 (1 s × 3)" on the problem page.
    expect(LANGUAGES.python.timeMultiplier).toBe(3);
    expect(preview.languageLimits.python).toEqual({ timeLimitMs: 3000, memoryMb: 256 });
    expect(preview.languageLimits.cpp).toEqual({ timeLimitMs: 1000, memoryMb: 256 });
    expect(preview.languageLimits.postgresql).toBeUndefined();
    for (const [language, limits] of Object.entries(preview.languageLimits))
      expect(limits?.timeLimitMs, language).toBe(languageTimeLimitMs(1000, language as keyof typeof LANGUAGES));
  });

  it('an empty time limit shows the one validation derived', () => {
    const preview = previewOf({ tests: [] }, content(null, 'stdio'), 700);
    expect(preview.limits.timeLimitMs).toBe(700);
    expect(preview.languageLimits.python?.timeLimitMs).toBe(2100);
    expect(preview.signature).toBeNull();
  });

  it('shows the samples only, as examples', () => {
    const test = { index: 0, inputBytes: 1, answerBytes: 1, validatorFlags: null };
    const preview = previewOf(
      {
        tests: [
          { ...test, id: 'a', name: '1', hidden: false, input: '1', answer: '2' },
          { ...test, id: 'b', name: '01', hidden: true, input: '3', answer: '4' },
        ],
      },
      content(1000),
      null,
    );
    expect(preview.samples).toEqual([{ name: '1', input: '1', output: '2' }]);
    expect(preview.signature).toMatchObject({ kind: 'function', name: 'addTwo' });
  });
});
