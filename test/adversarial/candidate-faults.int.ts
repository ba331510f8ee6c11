/**
 * Candidate faults against the function harness (issue "Judge integrity"): whatever a candidate's
 * process does — exit with the harness's own abort code 97, write or close the result channel
 * (fd 3), return NaN or Infinity, write to fd 3 after returning, return integers no double holds —
 * is judged as the candidate's runtime_error or wrong_answer with a short reason, never as our
 * internal_error (which the worker would retry three times and log as ours). Judged through
 * judgeSubmission and the real Docker driver, one compile per language: each payload is one test
 * of a `run` (which runs every test), picked by the test's `mode` argument.
 */
import Dockerode from 'dockerode';
import { afterAll, describe, expect, it } from 'vitest';
import type { FunctionLanguageId } from '@tryout/contracts';
import {
  DISPLAY_CAP_BYTES,
  judgeSubmission,
  type JudgeableProblem,
  type JudgeResult,
  type JudgeTestResult,
} from '@tryout/judge';
import { type CallableSpec } from '@tryout/languages';
import { DockerSandboxDriver, type SandboxDriver } from '@tryout/sandbox';

const TIMEOUT_MS = 600_000;
const docker = new Dockerode();
const driver: SandboxDriver = new DockerSandboxDriver(docker, { poolSize: 0, idleMs: 30_000, reuseRuns: 50 });
afterAll(async () => {
  await driver.close();
});

function problem(callable: CallableSpec): JudgeableProblem {
  return {
    uuid: `candidate-faults-${callable.name}`,
    type: 'function',
    // 16 MiB of output allowed: the 8 MiB print must run to the end and only be cut for display.
    limits: {
      timeLimitMs: 2000,
      memoryMb: 256,
      outputMb: 16,
      timeLimitSource: 'explicit',
      timeMultiplier: 2,
      timeSafetyMargin: 1.5,
    },
    validation: { kind: 'default', flags: [] },
    callable,
    tests: [],
  };
}

const ATTACK = problem({
  kind: 'function',
  name: 'attack',
  params: [{ name: 'mode', type: 'int' }],
  returns: 'double',
  compare: 'exact',
});
const BIG = problem({
  kind: 'function',
  name: 'big',
  params: [{ name: 'mode', type: 'int' }],
  returns: 'long',
  compare: 'exact',
});

/** The payloads, by `mode`. 1–5 in every language; 6–9 where the language can do them plainly. */
const MODE = {
  exit97: 1,
  garbageOnFd3: 2,
  nan: 3,
  infinity: 4,
  fine: 5,
  lateWriteOnFd3: 6,
  closeFd3: 7,
  print8MiB: 8,
  exit0: 9,
} as const;

const ATTACK_SOURCES: Record<FunctionLanguageId, string> = {
  python: `import os, sys, threading, time

class Solution:
    def attack(self, mode: int) -> float:
        if mode == 1:
            os._exit(97)
        if mode == 2:
            os.write(3, b'{oops')
        if mode == 3:
            return float('nan')
        if mode == 4:
            return float('inf')
        if mode == 6:
            def late():
                time.sleep(0.3)
                os.write(3, b'garbage')
            threading.Thread(target=late).start()
        if mode == 7:
            os.close(3)
        if mode == 8:
            sys.stdout.write('x' * (8 * 1024 * 1024))
        if mode == 9:
            os._exit(0)
        return 1.5
`,
  javascript: `const fs = require('fs');
var attack = function (mode) {
    if (mode === 1) process.exit(97);
    if (mode === 2) fs.writeSync(3, '{oops');
    if (mode === 3) return NaN;
    if (mode === 4) return Infinity;
    if (mode === 6) process.on('exit', () => fs.writeSync(3, 'garbage'));
    if (mode === 7) fs.closeSync(3);
    if (mode === 8) {
        // Synchronously: the harness exits right after returning, dropping queued async writes.
        const b = Buffer.alloc(8 * 1024 * 1024, 'x');
        for (let off = 0; off < b.length; ) {
            try {
                off += fs.writeSync(1, b, off);
            } catch (e) {
                if (e.code !== 'EAGAIN') throw e;
            }
        }
    }
    if (mode === 9) process.exit(0);
    return 1.5;
};
`,
  typescript: `const fs = require('fs');
function attack(mode: number): number {
    if (mode === 1) process.exit(97);
    if (mode === 2) fs.writeSync(3, '{oops');
    if (mode === 3) return NaN;
    if (mode === 4) return Infinity;
    return 1.5;
}
`,
  java: `class Solution {
    public double attack(int mode) {
        if (mode == 1) System.exit(97);
        if (mode == 2) {
            try (FileOutputStream f = new FileOutputStream("/proc/self/fd/3", true)) {
                f.write("{oops".getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (mode == 3) return Double.NaN;
        if (mode == 4) return Double.POSITIVE_INFINITY;
        return 1.5;
    }
}
`,
  cpp: `#include <unistd.h>
class Solution {
public:
    double attack(int mode) {
        if (mode == 1) exit(97);
        if (mode == 2 && write(3, "{oops", 5) != 5) return 0;
        if (mode == 3) return NAN;
        if (mode == 4) return INFINITY;
        return 1.5;
    }
};
`,
  c: `#include <unistd.h>
double attack(int mode) {
    if (mode == 1) exit(97);
    if (mode == 2 && write(3, "{oops", 5) != 5) return 0;
    if (mode == 3) return NAN;
    if (mode == 4) return INFINITY;
    return 1.5;
}
`,
  ruby: `def attack(mode)
  exit!(97) if mode == 1
  IO.new(3, 'w', autoclose: false).tap { |io| io.write('{oops') }.flush if mode == 2
  return Float::NAN if mode == 3
  return Float::INFINITY if mode == 4
  1.5
end
`,
  go: `package main

import (
	"math"
	"os"
	"syscall"
)

func attack(mode int) float64 {
	if mode == 1 {
		os.Exit(97)
	}
	if mode == 2 {
		syscall.Write(3, []byte("{oops"))
	}
	if mode == 3 {
		return math.NaN()
	}
	if mode == 4 {
		return math.Inf(1)
	}
	return 1.5
}
`,
  rust: `use std::io::Write;
use std::os::unix::io::FromRawFd;

impl Solution {
    pub fn attack(mode: i32) -> f64 {
        if mode == 1 {
            std::process::exit(97);
        }
        if mode == 2 {
            // Borrowed, not owned: the harness still writes its own result after this.
            let mut f = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(3) });
            f.write_all(b"{oops").unwrap();
        }
        if mode == 3 {
            return f64::NAN;
        }
        if mode == 4 {
            return f64::INFINITY;
        }
        1.5
    }
}
`,
  csharp: `using System.Runtime.InteropServices;

public class Solution {
    [DllImport("libc")]
    static extern IntPtr write(int fd, byte[] buf, IntPtr count);

    public double Attack(int mode) {
        if (mode == 1) Environment.Exit(97);
        if (mode == 2) write(3, Encoding.ASCII.GetBytes("{oops"), new IntPtr(5));
        if (mode == 3) return double.NaN;
        if (mode == 4) return double.PositiveInfinity;
        return 1.5;
    }
}
`,
  php: `class Solution {
    function attack($mode) {
        if ($mode == 1) exit(97);
        if ($mode == 2) file_put_contents('php://fd/3', '{oops');
        if ($mode == 3) return NAN;
        if ($mode == 4) return INF;
        return 1.5;
    }
}
`,
  kotlin: `import java.io.FileOutputStream

class Solution {
    fun attack(mode: Int): Double {
        if (mode == 1) System.exit(97)
        if (mode == 2) FileOutputStream("/proc/self/fd/3", true).use { it.write("{oops".toByteArray()) }
        if (mode == 3) return Double.NaN
        if (mode == 4) return Double.POSITIVE_INFINITY
        return 1.5
    }
}
`,
  scala: `object Solution {
  def attack(mode: Int): Double = {
    if (mode == 1) System.exit(97)
    if (mode == 2) {
      val f = new java.io.FileOutputStream("/proc/self/fd/3", true)
      try f.write("{oops".getBytes) finally f.close()
    }
    if (mode == 3) return Double.NaN
    if (mode == 4) return Double.PositiveInfinity
    1.5
  }
}
`,
  // The BEAM has no NaN or infinity: an Elixir program's nearest is an atom in a float's place.
  elixir: `defmodule Solution do
  def attack(mode) do
    if mode == 1, do: System.halt(97)

    if mode == 2 do
      {:ok, f} = :file.open(~c"/proc/self/fd/3", [:append, :raw, :binary])
      :ok = :file.write(f, "{oops")
      :file.close(f)
    end

    case mode do
      3 -> :nan
      4 -> :infinity
      _ -> 1.5
    end
  end
end
`,
};

const BIG_SOURCES: Partial<Record<FunctionLanguageId, string>> = {
  ruby: `def big(mode)
  [0, 10**400, 2**63, 2**63 - 1, Float::NAN, 2**64][mode]
end
`,
  python: `class Solution:
    def big(self, mode: int) -> int:
        return [0, 10 ** 400, 2 ** 63, 2 ** 63 - 1, float('nan'), 2 ** 64][mode]
`,
  javascript: `var big = function (mode) {
    return [0n, 10n ** 400n, 2n ** 63n, 2n ** 63n - 1n, NaN, 2n ** 64n][mode];
};
`,
};

const TEN_POW_400 = `1${'0'.repeat(400)}`;

async function judge(
  language: FunctionLanguageId,
  on: JudgeableProblem,
  source: string,
  cases: [mode: number, answer: string][],
): Promise<JudgeResult> {
  return judgeSubmission({
    driver,
    problem: on,
    language,
    source,
    mode: 'run',
    ownerId: `candidate-faults-${language}`,
    tests: cases.map(([mode, answer]) => ({ name: `mode ${mode}`, group: 'sample', input: `${mode}\n`, answer })),
  });
}

function byMode(result: JudgeResult): (mode: number) => JudgeTestResult {
  return (mode) => {
    const t = result.tests.find((x) => x.name === `mode ${mode}`);
    if (!t) throw new Error(`no result for mode ${mode}: ${JSON.stringify(result).slice(0, 2000)}`);
    return t;
  };
}

function expectCandidateFault(t: JudgeTestResult, verdict: 'runtime_error' | 'wrong_answer', message: RegExp): void {
  const detail = `${t.name}: ${JSON.stringify({ ...t, stdout: t.stdout.slice(0, 200) }).slice(0, 1500)}`;
  expect(t.verdict, detail).not.toBe('internal_error');
  expect(t.verdict, detail).toBe(verdict);
  expect(t.message, detail).toMatch(message);
  expect(t.judgeMessage, detail).toBeUndefined();
}

const EXIT_97 = /^the program exited with code 97 before returning a value$/;
const NOT_A_VALUE = /^the result channel \(fd 3\) held something that is not a JSON value$/;
const EXITED_BEFORE = /^the program exited with code \d+ before returning a value$/;

describe.each(Object.keys(ATTACK_SOURCES) as FunctionLanguageId[])('%s: candidate faults', (language) => {
  const extended = language === 'python' || language === 'javascript';
  it(
    'exit 97, garbage on fd 3, NaN and Infinity are runtime errors with a reason; a plain return still passes',
    async () => {
      const modes: number[] = [MODE.exit97, MODE.garbageOnFd3, MODE.nan, MODE.infinity, MODE.fine];
      if (extended) modes.push(MODE.lateWriteOnFd3, MODE.closeFd3, MODE.print8MiB, MODE.exit0);
      const result = await judge(
        language,
        ATTACK,
        ATTACK_SOURCES[language],
        modes.map((m) => [m, '1.5']),
      );
      // A compile killed at its limit on a loaded host shows here, not as a missing test below.
      expect(result.verdict, `compile: ${result.compileOutput ?? ''}`).not.toBe('compile_error');
      expect(result.compileOutput ?? '', 'compiles').not.toMatch(/error/i);
      expect(result.verdict).not.toBe('internal_error');
      expect(result.error).toBeUndefined();
      expect(result.tests).toHaveLength(modes.length);
      const t = byMode(result);
      expectCandidateFault(t(MODE.exit97), 'runtime_error', EXIT_97);
      expectCandidateFault(t(MODE.garbageOnFd3), 'runtime_error', NOT_A_VALUE);
      for (const m of [MODE.nan, MODE.infinity]) {
        expectCandidateFault(t(m), 'runtime_error', EXITED_BEFORE);
        // The reason in the candidate's own stderr: the value JSON cannot hold.
        expect(t(m).stderr, t(m).stderr).toMatch(/not a JSON number|not JSON compliant/);
      }
      expect(t(MODE.fine).verdict, JSON.stringify(t(MODE.fine))).toBe('accepted');
      if (!extended) return;
      expectCandidateFault(t(MODE.lateWriteOnFd3), 'runtime_error', NOT_A_VALUE);
      expect(t(MODE.lateWriteOnFd3).actual).toBe('1.5garbage');
      expectCandidateFault(t(MODE.closeFd3), 'runtime_error', EXIT_97);
      expectCandidateFault(t(MODE.exit0), 'wrong_answer', /^no value was returned/);
      // 8 MiB on stdout: accepted, shown capped with a true note, short enough to be stored uncut.
      const loud = t(MODE.print8MiB);
      expect(loud.verdict).toBe('accepted');
      expect(loud.stdout.length).toBeLessThanOrEqual(DISPLAY_CAP_BYTES);
      const note = /\n… \((\d+) more bytes\)$/.exec(loud.stdout);
      expect(note, loud.stdout.slice(-60)).not.toBeNull();
      expect(loud.stdout.length - (note?.[0].length ?? 0) + Number(note?.[1])).toBe(8 * 1024 * 1024);
    },
    TIMEOUT_MS,
  );

  if (!BIG_SOURCES[language]) return;
  it(
    'integers beyond doubles are written, compared exactly and shown exactly; NaN as a long is a runtime error',
    async () => {
      const result = await judge(language, BIG, BIG_SOURCES[language] ?? '', [
        [1, '5'],
        [2, '9223372036854775807'],
        [3, '9223372036854775807'],
        [4, '0'],
        [5, '18446744073709551616'],
      ]);
      expect(result.error).toBeUndefined();
      const t = byMode(result);
      expectCandidateFault(t(1), 'wrong_answer', /^expected 5, got 10000000000/);
      expect(t(1).actual).toBe(TEN_POW_400);
      // As doubles, 2^63 and 2^63 - 1 are one number: only an exact comparison tells them apart.
      expectCandidateFault(t(2), 'wrong_answer', /^expected 9223372036854775807, got 9223372036854775808$/);
      expect(t(2).actual).toBe('9223372036854775808');
      expect(t(3).verdict).toBe('accepted');
      expectCandidateFault(t(4), 'runtime_error', EXITED_BEFORE);
      expect(t(5).verdict).toBe('accepted');
    },
    TIMEOUT_MS,
  );
});
