/**
 * What a generated harness adds per test, measured in the real runner images through the real
 * sandbox driver: median CPU and wall time of two-sum through the harness versus a plain stdio
 * program doing the same work in the same language, in the same run.
 *   node -r ./scripts/register.cjs libs/judge/src/harness/bench/harness-overhead.bench.ts [languages...]
 */
import { languagePack } from '@tryout/languages';
import Dockerode from 'dockerode';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FUNCTION_LANGUAGE_IDS, type FunctionLanguageId } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxJob, type SandboxProcessResult } from '@tryout/sandbox';
import { FIXTURES } from '../fixtures/fixture-specs';
import { generateHarness } from '../generate-harness';

const EXT: Record<FunctionLanguageId, string> = {
  python: 'py',
  javascript: 'js',
  typescript: 'ts',
  java: 'java',
  c: 'c',
  cpp: 'cpp',
  go: 'go',
  ruby: 'rb',
  rust: 'rs',
  csharp: 'cs',
  kotlin: 'kt',
  scala: 'scala',
  php: 'php',
  elixir: 'ex',
};
const RUNS = 15;

/** The same work as stdio: read "nums\ntarget", print the pair. */
const PLAIN: Record<FunctionLanguageId, string> = {
  python: `import sys\nlines = sys.stdin.read().split('\\n')\nnums = [int(x) for x in lines[0].strip('[]').split(',')]\nt = int(lines[1])\nseen = {}\nfor i, x in enumerate(nums):\n    if t - x in seen:\n        print([seen[t - x], i])\n        break\n    seen[x] = i\n`,
  javascript: `const [a, b] = require('fs').readFileSync(0, 'utf8').split('\\n');\nconst nums = JSON.parse(a), t = Number(b);\nconst seen = new Map();\nfor (let i = 0; i < nums.length; i++) { if (seen.has(t - nums[i])) { console.log(JSON.stringify([seen.get(t - nums[i]), i])); break; } seen.set(nums[i], i); }\n`,
  typescript: `const [a, b] = require('fs').readFileSync(0, 'utf8').split('\\n');\nconst nums: number[] = JSON.parse(a), t = Number(b);\nconst seen = new Map<number, number>();\nfor (let i = 0; i < nums.length; i++) { if (seen.has(t - nums[i])) { console.log(JSON.stringify([seen.get(t - nums[i]), i])); break; } seen.set(nums[i], i); }\n`,
  java: `import java.util.*;\npublic class Main { public static void main(String[] x) { Scanner in = new Scanner(System.in); String a = in.nextLine(); int t = Integer.parseInt(in.nextLine().trim()); String[] p = a.substring(1, a.length() - 1).split(","); Map<Integer, Integer> seen = new HashMap<>(); for (int i = 0; i < p.length; i++) { int v = Integer.parseInt(p[i]); Integer j = seen.get(t - v); if (j != null) { System.out.println("[" + j + "," + i + "]"); break; } seen.put(v, i); } } }\n`,
  c: `#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\nstatic char a[1 << 20];\nint main(void) { long long v[1 << 16], t; int n = 0; if (!fgets(a, sizeof a, stdin) || scanf("%lld", &t) != 1) return 1; for (char* p = strtok(a, "[],\\n"); p; p = strtok(NULL, "[],\\n")) v[n++] = atoll(p); for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) if (v[i] + v[j] == t) { printf("[%d,%d]\\n", j, i); return 0; } return 0; }\n`,
  cpp: `#include <bits/stdc++.h>\nusing namespace std;\nint main() { string a; long long t; getline(cin, a); cin >> t; vector<long long> v; for (char& c : a) if (c == '[' || c == ']' || c == ',') c = ' '; stringstream ss(a); long long x; while (ss >> x) v.push_back(x); unordered_map<long long, int> seen; for (int i = 0; i < (int)v.size(); i++) { auto it = seen.find(t - v[i]); if (it != seen.end()) { printf("[%d,%d]\\n", it->second, i); break; } seen[v[i]] = i; } }\n`,
  ruby: `a, b = $stdin.read.split("\\n")\nnums = a.delete('[]').split(',').map(&:to_i)\nt = b.to_i\nseen = {}\nnums.each_with_index { |x, i| if seen.key?(t - x) then puts "[#{seen[t - x]},#{i}]"; break end; seen[x] = i }\n`,
  go: `package main\nimport ("bufio"; "fmt"; "os"; "strconv"; "strings")\nfunc main() { r := bufio.NewReader(os.Stdin); a, _ := r.ReadString('\\n'); b, _ := r.ReadString('\\n'); t, _ := strconv.Atoi(strings.TrimSpace(b)); seen := map[int]int{}; for i, s := range strings.Split(strings.Trim(strings.TrimSpace(a), "[]"), ",") { v, _ := strconv.Atoi(s); if j, ok := seen[t-v]; ok { fmt.Printf("[%d,%d]\\n", j, i); break }; seen[v] = i } }\n`,
  rust: `use std::collections::HashMap;\nuse std::io::Read;\nfn main() { let mut s = String::new(); std::io::stdin().read_to_string(&mut s).unwrap(); let mut l = s.lines(); let a = l.next().unwrap(); let t: i64 = l.next().unwrap().trim().parse().unwrap(); let mut seen = HashMap::new(); for (i, p) in a.trim().trim_matches(|c| c == '[' || c == ']').split(',').enumerate() { let v: i64 = p.parse().unwrap(); if let Some(j) = seen.get(&(t - v)) { println!("[{},{}]", j, i); break; } seen.insert(v, i); } }\n`,
  csharp: `using System;\nusing System.Collections.Generic;\npublic class Program { public static void Main() { string a = Console.ReadLine(); long t = long.Parse(Console.ReadLine().Trim()); string[] p = a.Trim().Trim('[', ']').Split(','); var seen = new Dictionary<long, int>(); for (int i = 0; i < p.Length; i++) { long v = long.Parse(p[i]); int j; if (seen.TryGetValue(t - v, out j)) { Console.WriteLine("[" + j + "," + i + "]"); break; } seen[v] = i; } } }\n`,
  kotlin: `fun main() { val a = readLine()!!.trim(); val t = readLine()!!.trim().toInt(); val seen = HashMap<Int, Int>(); val p = a.substring(1, a.length - 1).split(","); for (i in p.indices) { val v = p[i].toInt(); val j = seen[t - v]; if (j != null) { println("[$j,$i]"); break }; seen[v] = i } }\n`,
  scala: `object Main { def main(x: Array[String]): Unit = { val a = scala.io.StdIn.readLine().trim; val t = scala.io.StdIn.readLine().trim.toInt; val seen = scala.collection.mutable.HashMap[Int, Int](); val p = a.substring(1, a.length - 1).split(","); var i = 0; var done = false; while (!done && i < p.length) { val v = p(i).toInt; seen.get(t - v) match { case Some(j) => println(s"[$j,$i]"); done = true; case None => seen(v) = i }; i += 1 } } }\n`,
  php: `<?php\n[$a, $b] = explode("\\n", stream_get_contents(STDIN));\n$nums = json_decode($a);\n$t = (int) $b;\n$seen = [];\nforeach ($nums as $i => $x) { if (isset($seen[$t - $x])) { echo "[{$seen[$t - $x]},$i]\\n"; break; } $seen[$x] = $i; }\n`,
  elixir: `[a, b | _] = String.split(IO.read(:stdio, :eof), "\\n")\nnums = a |> String.slice(1..-2//1) |> String.split(",") |> Enum.map(&String.to_integer/1)\nt = String.to_integer(String.trim(b))\nEnum.reduce_while(Enum.with_index(nums), %{}, fn {x, i}, seen -> case Map.fetch(seen, t - x) do {:ok, j} -> IO.puts("[#{j},#{i}]"); {:halt, seen}; :error -> {:cont, Map.put(seen, x, i)} end end)\n`,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(
  driver: DockerSandboxDriver,
  language: FunctionLanguageId,
  harnessed: boolean,
): Promise<{ cpu: number; wall: number; compileCpu: number }> {
  const runtime = languagePack(language);
  const nums = Array.from({ length: 1000 }, (_, i) => i * 3);
  const stdin = `${JSON.stringify(nums)}\n${nums[998] + nums[999]}\n`;
  let files = [{ path: runtime.sourceFile, content: PLAIN[language] }];
  let compile = runtime.compile;
  let run = runtime.run;
  if (harnessed) {
    const source = readFileSync(resolve(__dirname, '../fixtures/two-sum', `solution.${EXT[language]}`), 'utf8').replace(
      /^.*(print|console\.|Console\.|System\.(out|err)|cout|cerr|fmt\.|echo |fwrite\(STDERR|IO\.(puts|write)).*$/gm,
      '',
    );
    const h = generateHarness(FIXTURES['two-sum'].spec, language, source.replace(/^import "os"$/m, ''));
    files = h.files.map((f) => ({ path: f.path, content: f.content.toString() }));
    compile = h.compile ?? compile;
    run = h.run ?? run;
  }
  const job: SandboxJob = {
    language,
    ownerId: `bench-${language}-${harnessed}`,
    files,
    compile: compile && {
      argv: compile,
      env: runtime.env,
      limits: { cpuMs: 60_000, wallMs: 120_000, memoryKb: runtime.compileMemoryLimitKb, outputBytes: 1 << 20 },
    },
    run: { argv: run, env: runtime.env },
    tests: Array.from({ length: RUNS }, (_, i) => ({
      id: String(i),
      stdin,
      limits: { cpuMs: 10_000, wallMs: 30_000, memoryKb: 256 * 1024 + runtime.memoryBaselineKb, outputBytes: 1 << 20 },
    })),
  };
  const results: SandboxProcessResult[] = [];
  let compileCpu = 0;
  for await (const e of driver.execute(job)) {
    if (e.type === 'compiled' && e.result.exitCode !== 0)
      throw new Error(`${language} compile failed: ${e.result.stdout.toString()}${e.result.stderr.toString()}`);
    if (e.type === 'compiled') compileCpu = e.result.cpuMs;
    if (e.type === 'test') {
      if (e.result.exitCode !== 0) throw new Error(`${language} run failed: ${e.result.stderr.toString()}`);
      results.push(e.result);
    }
  }
  return { cpu: median(results.map((r) => r.cpuMs)), wall: median(results.map((r) => r.wallMs)), compileCpu };
}

async function main(): Promise<void> {
  const languages = (process.argv.slice(2) as FunctionLanguageId[]).filter((l) => FUNCTION_LANGUAGE_IDS.includes(l));
  const driver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 60_000, reuseRuns: 100 });
  try {
    console.log(
      `language    plain cpu/wall ms   harness cpu/wall ms   added cpu ms (median of ${RUNS}, two-sum n=1000)   compile cpu ms plain/harness`,
    );
    for (const language of languages.length ? languages : FUNCTION_LANGUAGE_IDS) {
      const plain = await measure(driver, language, false);
      const harness = await measure(driver, language, true);
      console.log(
        `${language.padEnd(11)} ${`${plain.cpu.toFixed(1)}/${plain.wall.toFixed(1)}`.padEnd(19)} ${`${harness.cpu.toFixed(1)}/${harness.wall.toFixed(1)}`.padEnd(21)} ${(harness.cpu - plain.cpu).toFixed(1).padEnd(48)} ${plain.compileCpu}/${harness.compileCpu}`,
      );
    }
  } finally {
    await driver.close();
  }
}

void main();
