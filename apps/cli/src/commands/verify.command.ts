import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { isLanguageId, LANGUAGE_IDS, type LanguageId } from '@tryout/contracts';
import {
  findProblemDirs,
  functionLanguages,
  harnessFingerprint,
  loadCuratedLists,
  loadQuizSets,
  unknownListProblems,
  loadProblemPackageWithIssues,
  ProblemPackageException,
  createSlots,
  packageContentHash,
  planVerify,
  readVerifiedStamp,
  verifyProblem,
  VERIFIED_STAMP_FILE,
  writeVerifiedStamp,
  loadProblemOutline,
  type ProblemOutline,
  type PlannedProblem,
  type VerifyReport,
  type VerifyScope,
} from '@tryout/judge';
import { createSandboxDriver } from '@tryout/sandbox';
import { type CliContext, CliFailure, padTable } from '../cli-context';

interface VerifyFlags {
  concurrency: string;
  filter?: string;
  language?: string;
  fast?: boolean;
  ci?: boolean;
  record?: boolean;
  list?: boolean;
  json?: boolean;
}

interface Outcome {
  report?: VerifyReport;
  error?: { slug: string; error: string };
  /** The package's content hash, for --record. */
  hash?: string;
  /** Time from starting the package to its report (packages overlap, so these do not add up). */
  ms: number;
}

function printReport(ctx: CliContext, report: VerifyReport): void {
  ctx.out(`${report.ok ? '✓' : '✗'} ${report.slug}  (time limit ${report.timeLimitMs} ms, ${report.timeLimitSource})`);
  for (const issue of report.issues) ctx.out(`  ${issue.level}: ${issue.message}`);
  if (report.rows.length) {
    const rows = [['file', 'expected', 'got', 'slowest ms', '']];
    // A SQL file judged in several dialects has one row per dialect.
    const paths = report.rows.map((r) => r.path);
    const shared = new Set(paths.filter((p, i) => paths.indexOf(p) !== i));
    for (const r of report.rows)
      rows.push([
        shared.has(r.path) ? `${r.path} [${r.language}]` : r.path,
        r.expected.join('|'),
        r.got,
        String(r.slowestMs),
        r.ok ? 'ok' : `MISMATCH${r.detail ? `: ${r.detail.slice(0, 160)}` : ''}`,
      ]);
    padTable(rows).forEach((l) => ctx.out(`  ${l}`));
  }
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** `[done/total] slug in N s; elapsed, and the rest estimated at the average pace so far`. */
export function progressLine(done: number, total: number, slug: string, ms: number, elapsedMs: number): string {
  const left = done < total ? `, about ${duration((elapsedMs / done) * (total - done))} left` : '';
  return `[${done}/${total}] ${slug} in ${duration(ms)}; ${duration(elapsedMs)} elapsed${left}\n`;
}

type Outlined = { dir: string; outline: ProblemOutline } | { dir: string; error: string };

/** Every package's outline (quick: no tests); one that cannot be read becomes a failure line. */
async function outlineAll(dirs: string[]): Promise<Outlined[]> {
  return Promise.all(
    dirs.map(async (dir): Promise<Outlined> => {
      try {
        return { dir, outline: await loadProblemOutline(dir) };
      } catch (err) {
        if (!(err instanceof ProblemPackageException)) throw err;
        return { dir, error: err.message };
      }
    }),
  );
}

function scopeOf(flags: VerifyFlags, isCatalog: boolean): VerifyScope {
  if (flags.fast && flags.ci) throw new CliFailure('--fast and --ci choose different subsets: pass one');
  if (flags.ci && !isCatalog)
    throw new CliFailure(`--ci needs a catalog folder (problems/), whose ${VERIFIED_STAMP_FILE} it reads`);
  if (flags.record && (flags.fast || flags.filter || flags.language))
    throw new CliFailure('--record stores what a full or --ci run proved: drop --fast, --filter and --language');
  return flags.ci ? 'ci' : flags.fast ? 'fast' : 'full';
}

/**
 * The function languages whose type-coverage set `--ci` judges: those whose harness changed since
 * the run that last proved it (verified.json), or whose harness sources are not here to compare.
 */
async function coverageLanguages(
  target: string,
): Promise<{ run: LanguageId[]; proven: LanguageId[]; fingerprints: Map<LanguageId, string> }> {
  const stamp = await readVerifiedStamp(target);
  const root = dirname(resolve(target));
  const fingerprints = new Map<LanguageId, string>();
  const run: LanguageId[] = [];
  const proven: LanguageId[] = [];
  for (const language of functionLanguages()) {
    const fingerprint = await harnessFingerprint(root, language);
    if (fingerprint) fingerprints.set(language, fingerprint);
    if (fingerprint && stamp.harness?.[language] === fingerprint) proven.push(language);
    else run.push(language);
  }
  return { run, proven, fingerprints };
}

/** Slugs whose files differ from the last recorded full run. */
async function changedSince(target: string, outlined: Outlined[]): Promise<Set<string>> {
  const stamp = await readVerifiedStamp(target);
  const changed = new Set<string>();
  for (const o of outlined) {
    if (!('outline' in o)) continue;
    if (stamp.problems[o.outline.slug] !== (await packageContentHash(o.dir))) changed.add(o.outline.slug);
  }
  return changed;
}

/** `tryout verify <problem-dir | problems/>`: every submission against its expected verdict, plus package checks. */
export async function verifyCommand(ctx: CliContext, target: string, flags: VerifyFlags): Promise<number> {
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new CliFailure('--concurrency must be a positive integer');
  if (flags.language !== undefined && !isLanguageId(flags.language))
    throw new CliFailure(`--language must be one of: ${LANGUAGE_IDS.join(', ')}`);
  const dirs = await findProblemDirs(target).catch(() => {
    throw new CliFailure(`cannot read ${target}`);
  });
  if (dirs.length === 0) throw new CliFailure(`no problem packages under ${target}`);
  const isCatalog = !(dirs.length === 1 && dirs[0] === target);
  const scope = scopeOf(flags, isCatalog);
  const reports: (VerifyReport | { slug: string; error: string })[] = [];
  let failed = 0;
  // A catalog folder's lists/ (never a package) must name only its packages.
  if (isCatalog) {
    let problems: string[];
    try {
      const lists = await loadCuratedLists(target);
      problems = unknownListProblems(lists ?? [], new Set(dirs.map((d) => basename(d))));
    } catch (err) {
      if (!(err instanceof ProblemPackageException)) throw err;
      problems = [err.message];
    }
    for (const error of problems) {
      failed++;
      reports.push({ slug: 'lists', error });
      if (!flags.json) ctx.out(`✗ ${error}\n`);
    }
    // Its quizzes/ must parse: every question answerable, keys consistent with their kind.
    try {
      await loadQuizSets(target);
    } catch (err) {
      if (!(err instanceof ProblemPackageException)) throw err;
      failed++;
      reports.push({ slug: 'quizzes', error: err.message });
      if (!flags.json) ctx.out(`✗ ${err.message}\n`);
    }
  }
  const outlined = await outlineAll(dirs);
  const outlines = outlined.flatMap((o) => ('outline' in o ? [o.outline] : []));
  const coverage = scope === 'ci' ? await coverageLanguages(target) : undefined;
  const plan = planVerify(outlines, {
    scope,
    filter: flags.filter,
    language: flags.language,
    changed: scope === 'ci' ? await changedSince(target, outlined) : undefined,
    functionLanguages: coverage?.run ?? functionLanguages(),
  });
  const planned = new Map(plan.map((p) => [p.slug, p]));
  // What runs: every package the plan keeps, and every package that failed to load.
  const work = outlined.filter((o) => !('outline' in o) || planned.has(o.outline.slug));
  const total = plan.reduce((n, p) => n + p.submissions.length, 0);
  if (!flags.json) {
    ctx.out(`${scope} verify: ${total} submission(s) of ${plan.length} problem(s) (${describePlan(plan)})`);
    if (coverage?.proven.length)
      ctx.out(
        `type coverage already proven for an unchanged harness (${VERIFIED_STAMP_FILE}): ${coverage.proven.join(', ')}`,
      );
    ctx.out('');
  }
  if (flags.list) {
    for (const p of plan) ctx.out(`${p.slug} (${p.reasons.join(', ')}): ${p.submissions.map((s) => s.path).join(' ')}`);
    return 0;
  }

  const driver = createSandboxDriver(ctx.config);
  const started = Date.now();
  // Packages overlap (as many as there are judge slots) so that one package's last, longest
  // submission does not leave the other slots idle; results are printed in catalog order.
  const slots = createSlots(concurrency);
  const outcomes: (Promise<Outcome> | undefined)[] = work.map(() => undefined);
  let next = 0;
  let done = 0;
  const verifyOne = async (item: Outlined): Promise<Outcome> => {
    const t0 = Date.now();
    if (!('outline' in item)) return { error: { slug: item.dir, error: item.error }, ms: 0 };
    try {
      // Loaded only now (tests included), so loading overlaps the other packages' judging.
      const loaded = await loadProblemPackageWithIssues(item.dir);
      const entry = planned.get(item.outline.slug);
      const report = await verifyProblem(loaded, { driver, slots, submissions: entry?.submissions ?? [] });
      // Only a package judged in full is proven (a --ci run judges some in part).
      const hash = flags.record && entry?.complete ? await packageContentHash(item.dir) : undefined;
      return { report, hash, ms: Date.now() - t0 };
    } catch (err) {
      if (!(err instanceof ProblemPackageException)) throw err;
      return { error: { slug: item.dir, error: err.message }, ms: Date.now() - t0 };
    }
  };
  const startNext = (): void => {
    if (next >= work.length) return;
    const i = next++;
    const running = verifyOne(work[i]);
    outcomes[i] = running;
    // Whatever the outcome, the slot it held goes to the next package.
    void running.then(startNext, () => undefined);
  };
  const verified: Record<string, string> = {};
  try {
    for (let i = 0; i < Math.min(concurrency, work.length); i++) startNext();
    for (let i = 0; i < work.length; i++) {
      const outcome = await (outcomes[i] as Promise<Outcome>);
      done++;
      if (outcome.error) {
        failed++;
        reports.push(outcome.error);
        if (!flags.json) ctx.out(`✗ ${outcome.error.error}\n`);
      } else if (outcome.report) {
        const report = outcome.report;
        reports.push(report);
        if (!report.ok) failed++;
        else if (outcome.hash) verified[report.slug] = outcome.hash;
        if (!flags.json) printReport(ctx, report);
      }
      if (!flags.json)
        ctx.out(progressLine(done, work.length, basename(work[i].dir), outcome.ms, Date.now() - started));
    }
  } finally {
    // A failure leaves other packages judging: wait for them before the driver closes.
    await Promise.allSettled(outcomes.filter((o) => o !== undefined));
    await driver.close();
  }
  if (flags.record) {
    // Passing problems get their hash; failing ones (and, for a whole catalog, vanished ones) drop
    // theirs, so --ci judges them in full.
    const catalogDir = isCatalog ? target : dirname(target);
    const stamp = await readVerifiedStamp(catalogDir);
    // A full run of a whole catalog rewrites the list; a --ci run or one problem adds to it.
    const problems = isCatalog && scope === 'full' ? {} : stamp.problems;
    for (const r of reports) if ('rows' in r && !r.ok) delete problems[r.slug];
    // A language's harness is proven when every problem of its coverage set loaded and every one of
    // its submissions there matched (a full run judges every submission: all languages at once).
    const harness = { ...stamp.harness };
    const byslug = new Map(reports.map((r) => [r.slug, r]));
    if (isCatalog && coverage)
      for (const language of coverage.run) {
        const fingerprint = coverage.fingerprints.get(language);
        const proven = plan
          .filter((p) => p.reasons.includes(`coverage ${language}`))
          .every((p) => {
            const report = byslug.get(p.slug);
            return report && 'rows' in report && report.rows.every((r) => r.language !== language || r.ok);
          });
        if (fingerprint && proven) harness[language] = fingerprint;
      }
    if (failed === 0 && isCatalog && scope === 'full')
      for (const language of functionLanguages()) {
        const fingerprint = await harnessFingerprint(dirname(resolve(target)), language);
        if (fingerprint) harness[language] = fingerprint;
      }
    await writeVerifiedStamp(catalogDir, { problems: { ...problems, ...verified }, harness });
    if (!flags.json) ctx.out(`recorded ${Object.keys(verified).length} verified problem(s) in ${VERIFIED_STAMP_FILE}`);
  }
  if (flags.json) ctx.out(JSON.stringify({ ok: failed === 0, problems: reports }));
  else
    ctx.out(
      `${reports.length - failed}/${reports.length} problem(s) verified in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  return failed === 0 ? 0 : 1;
}

/** `12 changed, 68 fast, 40 coverage`: how many problems each rule chose. */
function describePlan(plan: PlannedProblem[]): string {
  const counts = new Map<string, number>();
  for (const p of plan)
    for (const reason of new Set(p.reasons.map((r) => r.split(' ')[0])))
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${reason}: ${n}`).join(', ') || 'nothing';
}

export function registerVerifyCommand(
  program: Command,
  ctx: () => CliContext,
  run: (p: Promise<number>) => void,
): void {
  program
    .command('verify')
    .description('judge every submissions/<expected>/ file and check the package(s); exit 1 on any mismatch')
    .argument('<target>', 'a problem package folder, or a folder of packages (problems/)')
    .option('--concurrency <n>', 'submissions judged at once', '2')
    .option('--filter <text>', 'only submissions whose <slug>/<path> contains this')
    .option('--language <id>', 'only submissions in this language')
    .option('--fast', 'one accepted and one rejected submission per problem (npm test on a development machine)')
    .option(
      '--ci',
      `what CI runs (a catalog folder): --fast, plus every function language's accepted and rejected solution of its type-coverage set, plus every submission of the problems whose files changed since the last recorded full run (${VERIFIED_STAMP_FILE})`,
    )
    .option(
      '--record',
      `store what the run proved in the catalog's ${VERIFIED_STAMP_FILE}: each problem judged in full and passing (its content hash), and after a passing full or --ci run of a catalog each function language whose coverage set it judged (its harness fingerprint); --ci then judges in full only problems changed since, and a language's coverage set only when its harness changed`,
    )
    .option('--list', 'print what would be judged, and why, without judging')
    .option('--json', 'print one JSON report')
    .action((target: string, flags: VerifyFlags) => run(verifyCommand(ctx(), target, flags)));
}
