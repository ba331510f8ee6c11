import { FUNCTION_LANGUAGE_IDS, isSqlLanguage } from '@tryout/contracts';
import { checkSqlPackage } from './sql-checks.util';
import { SQL_MINIMUMS } from './sql-spec.util';
import { parseDefaultValidatorFlags } from '../compare/default.validator';
import { parseExactJson } from '../compare/exact-json.util';
import { checkFunctionInput } from './function-input.validator';
import { parseTypeName } from '@tryout/languages';
import { EDITORIAL_FILE, HINT_COUNT, HINTS_FILE } from './hints.util';
import type { ProblemPackage, ProblemTest } from './problem-package';

export interface PackageIssue {
  level: 'error' | 'warning';
  message: string;
}

/** The tag vocabulary (docs/problem-format.md, "Known tags"). */
export const KNOWN_TAGS = [
  'arrays',
  'hashing',
  'strings',
  'two-pointers',
  'sliding-window',
  'stack',
  'queue',
  'binary-search',
  'linked-list',
  'trees',
  'binary-tree',
  'bst',
  'graphs',
  'bfs',
  'dfs',
  'heap',
  'intervals',
  'dynamic-programming',
  'backtracking',
  'trie',
  'union-find',
  'greedy',
  'sorting',
  'math',
  'bit-manipulation',
  'matrix',
  'design',
  'simulation',
  'topological-sort',
  'caching',
  'rate-limiting',
  'backend',
  'parsing',
  'concurrency',
  'sql',
  'api',
  'security',
  'streams',
  'scheduling',
  'versioning',
] as const;
const KNOWN = new Set<string>(KNOWN_TAGS);

/** Our own catalog's minimums (issue "Problem packages"): warnings, so Kattis packages still load. */
export const CATALOG_MINIMUMS = { samples: 2, secret: 15 } as const;

function parseJsonLines(text: string): { values: unknown[]; error?: string } {
  const lines = text.split('\n').filter((l, i, all) => !(l.trim() === '' && i === all.length - 1));
  const values: unknown[] = [];
  for (let i = 0; i < lines.length; i++) {
    try {
      values.push(JSON.parse(lines[i]));
    } catch {
      return { values, error: `line ${i + 1} is not JSON` };
    }
  }
  return { values };
}

function checkFunctionTest(pkg: ProblemPackage, test: ProblemTest): string | undefined {
  const spec = pkg.callable;
  if (!spec) return undefined;
  const input = parseJsonLines(test.input);
  if (input.error) return `${test.name}.in: ${input.error}`;
  if (spec.kind === 'function') {
    if (input.values.length !== spec.params.length) {
      return `${test.name}.in: ${input.values.length} lines for ${spec.params.length} parameters (one JSON value per parameter)`;
    }
  } else {
    const [ops, args] = input.values;
    if (input.values.length !== 2 || !Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length) {
      return `${test.name}.in: needs two JSON arrays of equal length (operations, arguments)`;
    }
    if (ops[0] !== spec.name) return `${test.name}.in: the first operation must be the class name ${spec.name}`;
    const methods = new Map(spec.methods.map((m) => [m.name, m]));
    for (let i = 1; i < ops.length; i++) {
      const m = methods.get(String(ops[i]));
      if (!m) return `${test.name}.in: unknown method ${String(ops[i])}`;
      if (!Array.isArray(args[i]) || (args[i] as unknown[]).length !== m.params.length)
        return `${test.name}.in: call ${i + 1} (${m.name}) has the wrong number of arguments`;
    }
  }
  const typed = checkFunctionInput(spec, test.input);
  if (typed) return `${test.name}.in: ${typed}`;
  let answer: unknown;
  try {
    answer = parseExactJson(test.answer);
  } catch {
    return `${test.name}.ans: not a single JSON value`;
  }
  if (spec.kind === 'class' && (!Array.isArray(answer) || answer.length !== (input.values[0] as unknown[]).length)) {
    return `${test.name}.ans: needs one result per operation`;
  }
  if (spec.kind === 'function' && parseTypeName(spec.returns)?.kind === 'void' && answer !== null) {
    return `${test.name}.ans: a void function's answer is null`;
  }
  return undefined;
}

/** Checks a loaded package for what verify and import require. Pure. */
export function checkProblemPackage(pkg: ProblemPackage): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const error = (message: string) => issues.push({ level: 'error', message });
  const warning = (message: string) => issues.push({ level: 'warning', message });
  const ours = pkg.format === 'tryout';

  if (!pkg.name.trim()) error('problem.yaml needs a name');
  if (!pkg.statement.body.trim()) error('the statement is empty');
  const unknownTags = pkg.tags.filter((t) => !KNOWN.has(t));
  if (unknownTags.length)
    (ours ? error : warning)(`unknown tags: ${unknownTags.join(', ')} (see docs/problem-format.md)`);

  const samples = pkg.tests.filter((t) => t.group === 'sample').length;
  const secret = pkg.tests.filter((t) => t.group === 'secret').length;
  if (samples === 0) (ours ? error : warning)('no sample tests (data/sample/*.in|*.ans)');
  else if (pkg.type === 'sql' && samples < SQL_MINIMUMS.samples)
    error(`only ${samples} sample test(s); a sql problem needs ${SQL_MINIMUMS.samples}`);
  else if (ours && samples < CATALOG_MINIMUMS.samples)
    warning(`only ${samples} sample test(s); the catalog wants ${CATALOG_MINIMUMS.samples}`);
  if (secret === 0) error('no secret tests (data/secret/**/*.in|*.ans)');
  else if (pkg.type === 'sql') {
    if (secret < SQL_MINIMUMS.secret) error(`only ${secret} secret tests; a sql problem needs ${SQL_MINIMUMS.secret}`);
  } else if (ours && secret < CATALOG_MINIMUMS.secret)
    warning(`only ${secret} secret tests; the catalog wants ${CATALOG_MINIMUMS.secret}`);

  if (pkg.validation.kind === 'default' && pkg.type === 'stdio') {
    const flagSets = [
      pkg.validation.flags,
      ...pkg.tests.map((t) => [...pkg.validation.flags, ...(t.validatorFlags ?? [])]),
    ];
    for (const flags of flagSets) {
      try {
        parseDefaultValidatorFlags(flags);
      } catch (err) {
        error(`validator flags "${flags.join(' ')}": ${(err as Error).message}`);
        break;
      }
    }
  }
  if (pkg.type === 'function') {
    for (const test of pkg.tests) {
      const problem = checkFunctionTest(pkg, test);
      if (problem) error(problem);
    }
    for (const s of pkg.submissions) {
      if (!(FUNCTION_LANGUAGE_IDS as readonly string[]).includes(s.language))
        error(`submissions/${s.path}: ${s.language} has no function harness`);
    }
  }
  if (pkg.type === 'sql') issues.push(...checkSqlPackage(pkg));
  else {
    const sqlFiles = pkg.submissions.filter((s) => isSqlLanguage(s.language));
    for (const s of sqlFiles) error(`submissions/${s.path}: SQL is only for sql problems`);
  }
  if (!pkg.submissions.some((s) => s.expected.length === 1 && s.expected[0] === 'accepted')) {
    error('no accepted submission (submissions/accepted/)');
  }
  // Learning material: our catalog wants it, judging does not need it (Kattis packages rarely have it).
  if (ours) {
    if (!pkg.solution?.trim()) warning(`no editorial (${EDITORIAL_FILE})`);
    const hints = pkg.hints?.length ?? 0;
    if (hints === 0) warning(`no hints (${HINTS_FILE}, one "## " section per hint)`);
    else if (hints > HINT_COUNT.max)
      warning(`${hints} hints; the catalog wants ${HINT_COUNT.min} to ${HINT_COUNT.max}`);
  }
  return issues;
}
