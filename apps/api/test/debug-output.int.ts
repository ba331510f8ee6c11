/**
 * Debug output end to end (api + worker + Docker sandboxes): every visible test of a Run shows
 * what a function returned, what the program printed and, for samples, the expected answer — for
 * function, design and stdio problems; custom cases run one test each, judged against the
 * reference solution's answer; hidden tests of a Submit carry none of it. Also: the problem page's per-language limits.
 */
import { languagePack } from '@tryout/languages';
import type { ProblemDetailDto, SubmissionDto } from '@tryout/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';

let stack: Stack;
let token: string;

async function api<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${stack.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Creates a submission and waits for its stored result. */
async function judge(body: Record<string, unknown>): Promise<SubmissionDto> {
  const created = await api<{ id: string }>('/api/submissions', { method: 'POST', body });
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  for (;;) {
    const { body: s } = await api<SubmissionDto>(`/api/submissions/${created.body.id}`);
    if (s.status === 'finished') return s;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  stack = await startStack({
    problems: ['problems/two-sum', 'problems/lru-cache', 'problems/log-level-counts'],
    env: { WORKER_CONCURRENCY: '1', MAX_QUEUED_PER_USER: '20', SUBMISSIONS_PER_MINUTE: '60' },
  });
  const res = await fetch(`${stack.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `debug-${Date.now()}@tryout.test`,
      password: 'correct horse battery',
      displayName: 'Debug',
    }),
  });
  token = ((await res.json()) as { accessToken: string }).accessToken;
});

afterAll(async () => {
  await stack?.stop();
});

const PY_TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("looking for", target)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

describe('debug output', () => {
  it('function problem, Python, samples: returned value, prints and expected answer per test', async () => {
    const s = await judge({ problem: 'two-sum', language: 'python', mode: 'run', source: PY_TWO_SUM });
    expect(s.verdict).toBe('accepted');
    expect(s.tests.length).toBeGreaterThan(0);
    for (const t of s.tests) {
      expect(t.hidden).toBe(false);
      expect(JSON.parse(t.actual ?? 'null')).toEqual(JSON.parse(t.expected ?? 'null'));
      // The answer file's `[2, 3]` is shown as compactly as the returned value.
      expect(t.expected).not.toMatch(/\s/);
      expect(t.stdout).toMatch(/^looking for -?\d+\n$/);
      expect(t.input).toBeDefined();
    }
  });

  it("function problem, custom cases (Python and JavaScript): the returned value, and the reference solution's answer to judge it by", async () => {
    const py = await judge({
      problem: 'two-sum',
      language: 'python',
      mode: 'run',
      source: PY_TWO_SUM,
      customInputs: ['[1,5,9]\n14', '[3,3]\n6\n'],
    });
    expect(py.customInputs).toEqual(['[1,5,9]\n14', '[3,3]\n6\n']);
    expect(py.tests.map((t) => [t.name, t.verdict, t.actual, t.stdout, t.expected])).toEqual([
      ['custom/1', 'accepted', '[1,2]', 'looking for 14\n', '[1,2]'],
      ['custom/2', 'accepted', '[0,1]', 'looking for 6\n', '[0,1]'],
    ]);
    const js = await judge({
      problem: 'two-sum',
      language: 'javascript',
      mode: 'run',
      source:
        'var twoSum = function (nums, target) {\n  console.log("n =", nums.length);\n  console.error("to stderr");\n  return [0, nums.length - 1];\n};\n',
      customInputs: ['[4,4]\n8', '[1,5,9]\n14'],
    });
    expect(js.tests[0]).toMatchObject({
      verdict: 'accepted',
      actual: '[0,1]',
      expected: '[0,1]',
      stdout: 'n = 2\n',
      stderr: 'to stderr\n',
    });
    // The reference's answer makes a custom case a real test: [0,2] is not a pair summing to 14.
    expect(js.verdict).toBe('wrong_answer');
    expect(js.tests[1]).toMatchObject({ verdict: 'wrong_answer', actual: '[0,2]', expected: '[1,2]' });
    expect(js.tests[1].message).toBeTruthy();
  });

  it('design problem, Python: the list of results and the prints', async () => {
    const source = `class LRUCache:
    def __init__(self, capacity: int):
        self.cap = capacity
        self.d = {}
    def get(self, key: int) -> int:
        print("get", key)
        if key not in self.d:
            return -1
        v = self.d.pop(key)
        self.d[key] = v
        return v
    def put(self, key: int, value: int) -> None:
        self.d.pop(key, None)
        self.d[key] = value
        if len(self.d) > self.cap:
            self.d.pop(next(iter(self.d)))
`;
    const samples = await judge({ problem: 'lru-cache', language: 'python', mode: 'run', source });
    expect(samples.verdict).toBe('accepted');
    expect(samples.tests[0].actual).toBe(samples.tests[0].expected?.trim().replace(/\s+/g, ''));
    expect(samples.tests[0].stdout).toMatch(/^get \d+\n/);
    const custom = await judge({
      problem: 'lru-cache',
      language: 'python',
      mode: 'run',
      source,
      customInputs: ['["LRUCache","put","get","get"]\n[[1],[5,50],[5],[6]]'],
    });
    expect(custom.tests[0]).toMatchObject({
      verdict: 'accepted',
      actual: '[null,null,50,-1]',
      expected: '[null,null,50,-1]',
      stdout: 'get 5\nget 6\n',
    });
  });

  it('stdio problem: the output is the stdout (once), with the expected answer on samples', async () => {
    const source = `import sys
counts = {k: 0 for k in ["DEBUG", "INFO", "WARN", "ERROR", "FATAL", "UNKNOWN"]}
for line in sys.stdin:
    parts = line.split()
    if len(parts) < 2:
        continue
    level = parts[1].upper()
    level = "WARN" if level == "WARNING" else level
    counts[level if level in counts else "UNKNOWN"] += 1
for k, v in counts.items():
    print(k, v)
`;
    const s = await judge({ problem: 'log-level-counts', language: 'python', mode: 'run', source });
    expect(s.tests[0].actual).toMatch(/^DEBUG \d+\nINFO \d+/);
    expect(s.tests[0].expected).toBeDefined();
    expect(s.tests[0]).not.toHaveProperty('stdout');
    const custom = await judge({
      problem: 'log-level-counts',
      language: 'python',
      mode: 'run',
      source,
      customInputs: ['2026-01-01T00:00:00Z INFO hi\n'],
    });
    expect(custom.tests[0].actual).toContain('INFO 1\n');
    expect(custom.tests[0]).toMatchObject({ verdict: 'accepted', expected: custom.tests[0].actual });
    // A miscount on the candidate's own input is caught by the reference's answer.
    const miscount = await judge({
      problem: 'log-level-counts',
      language: 'python',
      mode: 'run',
      source: source.replace('counts[level if level in counts else "UNKNOWN"] += 1', 'counts["INFO"] += 1'),
      customInputs: ['2026-01-01T00:00:00Z ERROR down\n'],
    });
    expect(miscount.tests[0]).toMatchObject({
      verdict: 'wrong_answer',
      expected: expect.stringContaining('ERROR 1\n'),
    });
  });

  it('a Submit shows prints and values for samples only; hidden tests carry none of it', async () => {
    const s = await judge({ problem: 'two-sum', language: 'python', mode: 'submit', source: PY_TWO_SUM });
    expect(s.verdict).toBe('accepted');
    const hidden = s.tests.filter((t) => t.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const t of hidden)
      for (const key of ['actual', 'stdout', 'stderr', 'input', 'expected']) expect(t).not.toHaveProperty(key);
    expect(s.tests.filter((t) => !t.hidden).every((t) => t.stdout?.startsWith('looking for'))).toBe(true);
  });

  it('invalid custom cases are refused before judging, with the shape in the message', async () => {
    const res = await api<{ code: string; message: string }>('/api/submissions', {
      method: 'POST',
      body: {
        problem: 'lru-cache',
        language: 'python',
        mode: 'run',
        source: 'x = 1',
        customInputs: ['["LRUCache","get"]\n[[1],[1,2]]'],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      expect.objectContaining({
        code: 'custom_input_invalid',
        message: 'line 2, operation 2 (get) takes 1 argument [key: int]; got 2',
      }),
    );
  });

  it('the problem detail states the limits each language runs under (multiplier applied)', async () => {
    const { body } = await api<ProblemDetailDto>('/api/problems/two-sum');
    expect(body.limits.timeLimitMs).toBe(1000);
    for (const language of ['python', 'cpp'] as const)
      expect(body.languageLimits[language]).toEqual({
        timeLimitMs: 1000 * languagePack(language).timeMultiplier,
        memoryMb: 256,
      });
    expect(body.languageLimits.python?.timeLimitMs).toBeGreaterThan(1000);
    expect(Object.keys(body.languageLimits).sort()).toEqual([...body.languages].sort());
  });
});
