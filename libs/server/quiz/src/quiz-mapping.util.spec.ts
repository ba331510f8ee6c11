import { describe, expect, it } from 'vitest';
import { displayOrder, toQuestionDto } from './quiz-mapping.util';

describe('displayOrder', () => {
  it('is a permutation, the same every time for a question, and not always the file order', () => {
    const order = displayOrder('idempotent-methods', 5);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(displayOrder('idempotent-methods', 5)).toEqual(order);
    const firsts = new Set(Array.from({ length: 40 }, (_, i) => displayOrder(`q-${i}`, 4)[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('keeps the file ids on the shuffled choices and no key', () => {
    const dto = toQuestionDto({
      id: 'q',
      kind: 'single',
      prompt: 'p',
      choices: [
        { text: 'A', correct: true },
        { text: 'B', correct: false },
        { text: 'C', correct: false },
      ],
      explanation: 'e',
    });
    expect(dto.choices?.map((c) => `${c.id}:${c.text}`).sort()).toEqual(['a:A', 'b:B', 'c:C']);
    expect(JSON.stringify(dto)).not.toMatch(/correct|explanation/);
  });
});
