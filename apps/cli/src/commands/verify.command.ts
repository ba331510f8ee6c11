import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  findProblemDirs,
  loadCuratedLists,
  loadQuizSets,
  unknownListProblems,
  loadProblemPackageWithIssues,
  ProblemPackageException,
  verifyProblem,
  type VerifyReport,
} from '@tryout/judge';
import { createSandboxDriver } from '@tryout/sandbox';
import { type CliContext, CliFailure, padTable } from '../cli-context';

interface VerifyFlags {
  concurrency: string;
  filter?: string;
  fast?: boolean;
  json?: boolean;
}

/** `tryout verify <problem-dir | problems/>`: every submission against its expected verdict, plus package checks. */
export async function verifyCommand(ctx: CliContext, target: string, flags: VerifyFlags): Promise<number> {
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new CliFailure('--concurrency must be a positive integer');
  const dirs = await findProblemDirs(target).catch(() => {
    throw new CliFailure(`cannot read ${target}`);
  });
  if (dirs.length === 0) throw new CliFailure(`no problem packages under ${target}`);
  const reports: (VerifyReport | { slug: string; error: string })[] = [];
  let failed = 0;
  // A catalog folder's lists/ (never a package) must name only its packages.
  if (!(dirs.length === 1 && dirs[0] === target)) {
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
  const driver = createSandboxDriver(ctx.config);
  const started = Date.now();
  try {
    for (const dir of dirs) {
      let report: VerifyReport;
      try {
        const loaded = await loadProblemPackageWithIssues(dir);
        if (
          flags.filter &&
          !loaded.pkg.submissions.some((s) => `${loaded.pkg.slug}/${s.path}`.includes(flags.filter ?? ''))
        )
          continue;
        report = await verifyProblem(loaded, { driver, concurrency, filter: flags.filter, fast: flags.fast });
      } catch (err) {
        if (!(err instanceof ProblemPackageException)) throw err;
        failed++;
        reports.push({ slug: dir, error: err.message });
        if (!flags.json) ctx.out(`✗ ${err.message}\n`);
        continue;
      }
      reports.push(report);
      if (!report.ok) failed++;
      if (flags.json) continue;
      ctx.out(
        `${report.ok ? '✓' : '✗'} ${report.slug}  (time limit ${report.timeLimitMs} ms, ${report.timeLimitSource})`,
      );
      for (const issue of report.issues) ctx.out(`  ${issue.level}: ${issue.message}`);
      if (report.rows.length) {
        const rows = [['file', 'expected', 'got', 'slowest ms', '']];
        for (const r of report.rows)
          rows.push([
            r.path,
            r.expected.join('|'),
            r.got,
            String(r.slowestMs),
            r.ok ? 'ok' : `MISMATCH${r.detail ? `: ${r.detail.slice(0, 160)}` : ''}`,
          ]);
        padTable(rows).forEach((l) => ctx.out(`  ${l}`));
      }
      ctx.out('');
    }
  } finally {
    await driver.close();
  }
  if (flags.json) ctx.out(JSON.stringify({ ok: failed === 0, problems: reports }));
  else
    ctx.out(
      `${reports.length - failed}/${reports.length} problem(s) verified in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  return failed === 0 ? 0 : 1;
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
    .option('--fast', 'one accepted and one rejected submission per problem (npm test)')
    .option('--json', 'print one JSON report')
    .action((target: string, flags: VerifyFlags) => run(verifyCommand(ctx(), target, flags)));
}
