import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isLanguageId, type LanguageId, languageFromFileName } from '@tryout/contracts';
import { judgeableProblem, judgeSubmission, loadProblemPackageWithIssues, resolveTimeLimit } from '@tryout/judge';
import { createSandboxDriver } from '@tryout/sandbox';
import { type CliContext, CliFailure, padTable } from '../cli-context';

interface JudgeFlags {
  language?: string;
  json?: boolean;
}

/** `tryout judge <problem-dir> <source-file>`: the worker's judging code, without the queue. */
export async function judgeCommand(
  ctx: CliContext,
  problemDir: string,
  sourceFile: string,
  flags: JudgeFlags,
): Promise<number> {
  let language: LanguageId | undefined;
  if (flags.language) {
    if (!isLanguageId(flags.language)) throw new CliFailure(`unknown language "${flags.language}"`);
    language = flags.language;
  } else {
    language = languageFromFileName(sourceFile);
    if (!language) throw new CliFailure(`cannot tell the language of ${basename(sourceFile)}; pass --language`);
  }
  const source = await readFile(sourceFile, 'utf8').catch(() => {
    throw new CliFailure(`cannot read ${sourceFile}`);
  });
  let { pkg } = await loadProblemPackageWithIssues(problemDir);
  const driver = createSandboxDriver(ctx.config, { poolSize: 0 });
  try {
    if (pkg.limits.timeLimitSource === 'default') {
      ctx.err('no explicit time limit: deriving it from the accepted submissions (Kattis rule)…');
      pkg = await resolveTimeLimit(pkg, driver);
    }
    const result = await judgeSubmission({
      driver,
      problem: judgeableProblem(pkg),
      language,
      source,
      mode: 'submit',
      ownerId: 'cli:judge',
    });
    if (flags.json) {
      ctx.out(
        JSON.stringify({
          verdict: result.verdict,
          tests: result.tests.map((t) => ({
            name: t.name,
            verdict: t.verdict,
            cpuMs: t.cpuMs,
            wallMs: t.wallMs,
            memoryKb: t.memoryKb,
          })),
          ...(result.compileOutput !== undefined ? { compileOutput: result.compileOutput } : {}),
          ...(result.error ? { error: result.error } : {}),
        }),
      );
    } else {
      if (result.compileOutput) ctx.out(result.compileOutput);
      if (result.tests.length) {
        const rows = [['test', 'verdict', 'cpu ms', 'wall ms', 'memory KB', 'detail']];
        for (const t of result.tests)
          rows.push([
            t.name,
            t.verdict,
            String(t.cpuMs),
            String(t.wallMs),
            String(t.memoryKb),
            t.message ?? t.judgeMessage ?? '',
          ]);
        padTable(rows).forEach((l) => ctx.out(l));
      }
      ctx.out(
        `verdict: ${result.verdict} (${language}, time limit ${pkg.limits.timeLimitMs} ms${pkg.limits.timeLimitSource === 'explicit' ? '' : `, ${pkg.limits.timeLimitSource}`})`,
      );
      if (result.error) ctx.err(`internal error: ${result.error}`);
    }
    // Any candidate verdict is a successful judging; internal_error is ours.
    return result.verdict === 'internal_error' ? 3 : 0;
  } finally {
    await driver.close();
  }
}

export function registerJudgeCommand(program: Command, ctx: () => CliContext, run: (p: Promise<number>) => void): void {
  program
    .command('judge')
    .description('judge one source file against a problem package (exit 0 for any verdict)')
    .argument('<problem-dir>', 'problem package folder (ours or Kattis)')
    .argument('<source-file>', 'the solution to judge')
    .option('--language <id>', 'language id (default: from the file extension)')
    .option('--json', 'print one JSON object')
    .action((problemDir: string, sourceFile: string, flags: JudgeFlags) =>
      run(judgeCommand(ctx(), problemDir, sourceFile, flags)),
    );
}
