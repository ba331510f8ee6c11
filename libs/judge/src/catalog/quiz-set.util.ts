import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QUIZ_SHORT_ANSWER_MAX, QUIZ_TOPIC_IDS, type QuizQuestionKind, type QuizTopic } from '@tryout/contracts';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ProblemPackageException, ProblemPackageExceptionCode } from '../problem/problem.exception';

/** The folder beside the packages that holds quiz sets; like `lists/`, it is never a package. */
export const QUIZZES_DIR = 'quizzes';

export const QUIZ_SET_MAX_QUESTIONS = 100;
const QUIZ_MAX_CHOICES = 8;

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** How a short answer is accepted: one of the listed texts, a number within a tolerance, or a pattern. */
export type QuizAccept =
  | { exact: string[]; caseSensitive: boolean }
  | { numeric: number; tolerance: number }
  | { pattern: string; example: string };

export interface QuizQuestionFile {
  /** Stable within its set: answers are stored by it. */
  id: string;
  kind: QuizQuestionKind;
  prompt: string;
  /** single and multiple. */
  choices?: { text: string; correct: boolean }[];
  /** short. */
  accept?: QuizAccept;
  explanation: string;
}

/** `quizzes/<slug>.yaml`: a topic set of knowledge questions with their answers and explanations. */
export interface QuizSetFile {
  slug: string;
  /** Relative to the catalog folder, for messages: `quizzes/http-semantics.yaml`. */
  file: string;
  title: string;
  topic: QuizTopic;
  description: string;
  questions: QuizQuestionFile[];
}

const text = (what: string, max: number) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `${what} must be a text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} has at most ${max} characters`);

const choice = z.object({ text: text('a choice', 1000), correct: z.boolean().default(false) }).strict();

const accept = z.union([
  z
    .object({
      exact: z.array(text('an exact answer', QUIZ_SHORT_ANSWER_MAX)).min(1),
      caseSensitive: z.boolean().default(false),
    })
    .strict(),
  z.object({ numeric: z.number().finite(), tolerance: z.number().min(0).default(0) }).strict(),
  z.object({ pattern: text('a pattern', 500), example: text('a pattern example', QUIZ_SHORT_ANSWER_MAX) }).strict(),
]);

const question = z
  .object({
    id: z.string().regex(SLUG, 'a question id is a slug: lower-case letters, digits and dashes'),
    kind: z.enum(['single', 'multiple', 'short']),
    prompt: text('prompt', 4000),
    choices: z
      .array(choice)
      .min(2, 'at least 2 choices')
      .max(QUIZ_MAX_CHOICES, `at most ${QUIZ_MAX_CHOICES} choices`)
      .optional(),
    accept: accept.optional(),
    explanation: text('explanation', 4000),
  })
  .strict();

const quizSet = z
  .object({
    title: text('title', 200),
    topic: z.enum(QUIZ_TOPIC_IDS as [QuizTopic, ...QuizTopic[]], {
      errorMap: () => ({ message: `topic must be one of ${QUIZ_TOPIC_IDS.join(', ')}` }),
    }),
    description: z.string().trim().max(2000).default(''),
    questions: z.array(question).min(1, 'questions must not be empty').max(QUIZ_SET_MAX_QUESTIONS),
  })
  .strict();

function invalid(file: string, message: string): never {
  throw new ProblemPackageException(ProblemPackageExceptionCode.Invalid, message, file);
}

/** `/^(?:p)$/i`: a short-answer pattern matches the whole trimmed answer, any case. */
export function quizPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'i');
}

/** What makes a question answerable, beyond its shape: the right keys for its kind. */
function questionProblem(q: z.infer<typeof question>): string | null {
  if (q.kind === 'short') {
    if (q.choices) return 'a short question has no choices';
    if (!q.accept) return 'a short question needs accept: exact, numeric or pattern';
    if ('pattern' in q.accept) {
      let re: RegExp;
      try {
        re = quizPattern(q.accept.pattern);
      } catch (err) {
        return `accept.pattern is not a regular expression: ${(err as Error).message}`;
      }
      if (!re.test(q.accept.example)) return 'accept.example must match accept.pattern';
    }
    return null;
  }
  if (q.accept) return `a ${q.kind} question has choices, not accept`;
  if (!q.choices) return `a ${q.kind} question needs choices`;
  const right = q.choices.filter((c) => c.correct).length;
  if (q.kind === 'single' && right !== 1) return `a single question has exactly one correct choice (has ${right})`;
  if (q.kind === 'multiple' && right < 1) return 'a multiple question has at least one correct choice';
  if (new Set(q.choices.map((c) => c.text)).size !== q.choices.length) return 'two choices have the same text';
  return null;
}

/** Checks one quiz file's content; throws naming the file and the question. */
export function parseQuizSet(file: string, slug: string, source: string): QuizSetFile {
  if (!SLUG.test(slug)) invalid(file, 'the file name must be a slug: lower-case letters, digits and dashes');
  let yaml: unknown;
  try {
    yaml = parseYaml(source);
  } catch (err) {
    invalid(file, `not valid YAML: ${(err as Error).message}`);
  }
  const parsed = quizSet.safeParse(yaml);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    invalid(file, `${where}${issue.message}`);
  }
  const set = parsed.data;
  const ids = new Set<string>();
  set.questions.forEach((q, i) => {
    if (ids.has(q.id)) invalid(file, `questions.${i}: the id "${q.id}" is used twice`);
    ids.add(q.id);
    const problem = questionProblem(q);
    if (problem) invalid(file, `questions.${i} (${q.id}): ${problem}`);
  });
  return {
    slug,
    file,
    title: set.title,
    topic: set.topic,
    description: set.description,
    questions: set.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      ...(q.choices ? { choices: q.choices } : {}),
      ...(q.accept ? { accept: q.accept } : {}),
      explanation: q.explanation,
    })),
  };
}

/**
 * Every `quizzes/*.yaml` under a catalog folder; undefined when the folder has no `quizzes/`
 * (an import then leaves the stored sets alone).
 */
export async function loadQuizSets(root: string): Promise<QuizSetFile[] | undefined> {
  let names: string[];
  try {
    names = await readdir(join(root, QUIZZES_DIR));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
  const sets: QuizSetFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.')).sort()) {
    const file = `${QUIZZES_DIR}/${name}`;
    sets.push(parseQuizSet(file, name.replace(/\.ya?ml$/, ''), await readFile(join(root, file), 'utf8')));
  }
  const slugs = new Set<string>();
  for (const s of sets) {
    if (slugs.has(s.slug)) invalid(s.file, `another file already defines the quiz set "${s.slug}"`);
    slugs.add(s.slug);
  }
  return sets;
}
