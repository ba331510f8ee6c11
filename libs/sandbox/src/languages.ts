import type { LanguageId } from '@tryout/contracts';

/**
 * How each language is compiled and run inside its runner image. Paths are relative to the
 * submission's work dir inside the container. `{mem}` in argv is replaced by the run's memory
 * limit in MiB (only the JVM needs it). Argv arrays only: never a shell string built from
 * anything but our own constants (Go's build below is a fixed script taking the file names as arguments).
 */
export interface LanguageRuntime {
  id: LanguageId;
  /** Docker image tag, built by scripts/build-images.sh from docker/runners/<id>/. */
  image: string;
  /** Default file the candidate's source is written to. */
  sourceFile: string;
  compile?: string[];
  run: string[];
  /** Extra environment for compile and run (never secrets). */
  env?: Record<string, string>;
  /** Multiplies a problem's time limit (slower runtimes get more time). */
  timeMultiplier: number;
  /**
   * Runtime's own footprint added to the memory limit and subtracted from what we report: the
   * peak RSS of an idle hello-world in the runner image, rounded down (docs/languages.md).
   * 0 for native code, whose few MiB of libc/libstdc++ are the program's own.
   */
  memoryBaselineKb: number;
  /**
   * What is subtracted from the reported peak when it differs from `memoryBaselineKb`: the idle
   * footprint, where the limit's headroom is larger than it (Java), so small programs don't read 0 KB.
   */
  reportBaselineKb?: number;
  /** Compile step limits. */
  compileTimeLimitMs: number;
  compileMemoryLimitKb: number;
}

export const RUNNER_IMAGE_PREFIX = 'tryout-runner-';
export const WORK_DIR = '/work';

/**
 * Go's compile step: `go build`, then the build cache goes (256 directories in /tmp that no test
 * needs, and that every test's clean state would otherwise restore). A fixed script; the files are
 * its arguments.
 */
export function goBuildArgv(files: string[]): string[] {
  return ['sh', '-c', 'go build -o main "$@" && rm -rf "$GOCACHE"', 'go-build', ...files];
}

export const LANGUAGE_RUNTIMES: Record<LanguageId, LanguageRuntime> = {
  python: {
    id: 'python',
    image: `${RUNNER_IMAGE_PREFIX}python`,
    sourceFile: 'main.py',
    compile: ['python3', '-m', 'py_compile', 'main.py'],
    run: ['python3', '-B', 'main.py'],
    // PYTHONUNBUFFERED is left unset on purpose: any non-empty value (even '0') unbuffers stdout.
    env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    timeMultiplier: 3,
    memoryBaselineKb: 7 * 1024,
    compileTimeLimitMs: 10_000,
    compileMemoryLimitKb: 256 * 1024,
  },
  javascript: {
    id: 'javascript',
    image: `${RUNNER_IMAGE_PREFIX}javascript`,
    sourceFile: 'main.js',
    compile: ['node', '--check', 'main.js'],
    // 64 MiB of V8 stack for deep recursion. Safe only because the supervisor raises
    // RLIMIT_STACK to the run's memory limit (>= baseline + problem limit > 64 MiB); under
    // Docker's default 8 MiB a deep recursion would segfault instead of throwing RangeError.
    run: ['node', '--stack-size=65500', 'main.js'],
    timeMultiplier: 2,
    memoryBaselineKb: 47 * 1024,
    compileTimeLimitMs: 10_000,
    compileMemoryLimitKb: 512 * 1024,
  },
  typescript: {
    id: 'typescript',
    image: `${RUNNER_IMAGE_PREFIX}typescript`,
    sourceFile: 'main.ts',
    compile: ['node', '/opt/tryout/ts-transpile.js', 'main.ts', 'main.js'],
    run: ['node', '--stack-size=65500', 'main.js'],
    timeMultiplier: 2,
    memoryBaselineKb: 47 * 1024,
    compileTimeLimitMs: 15_000,
    compileMemoryLimitKb: 512 * 1024,
  },
  java: {
    id: 'java',
    image: `${RUNNER_IMAGE_PREFIX}java`,
    sourceFile: 'Main.java',
    // javac.jsa: a CDS archive of javac's classes made at image build (about 2x faster start);
    // C1 only, since a compile is too short for C2 to pay off.
    compile: [
      'javac',
      '-encoding',
      'UTF-8',
      '-J-XX:+UseSerialGC',
      '-J-XX:TieredStopAtLevel=1',
      '-J-XX:-UsePerfData',
      '-J-XX:SharedArchiveFile=/opt/tryout/javac.jsa',
      '-J-Xshare:auto',
      '-d',
      '.',
      'Main.java',
    ],
    run: ['java', '-XX:+UseSerialGC', '-Xshare:auto', '-XX:-UsePerfData', '-Xss64m', '-Xmx{mem}m', 'Main'],
    timeMultiplier: 2,
    // Idle hello-world is ~36 MiB, but -Xmx is the whole problem limit, so the JVM's non-heap
    // growth under load (JIT code cache, metaspace, GC tables) needs room beyond it too.
    memoryBaselineKb: 64 * 1024,
    // The measured idle hello-world (docs/languages.md): a solution is measured on its own use.
    reportBaselineKb: 36 * 1024,
    compileTimeLimitMs: 20_000,
    compileMemoryLimitKb: 1024 * 1024,
  },
  c: {
    id: 'c',
    image: `${RUNNER_IMAGE_PREFIX}c`,
    sourceFile: 'main.c',
    compile: ['gcc', '-O2', '-std=gnu17', '-pipe', '-o', 'main', 'main.c', '-lm'],
    run: ['./main'],
    timeMultiplier: 1,
    memoryBaselineKb: 0,
    compileTimeLimitMs: 15_000,
    compileMemoryLimitKb: 512 * 1024,
  },
  cpp: {
    id: 'cpp',
    image: `${RUNNER_IMAGE_PREFIX}cpp`,
    sourceFile: 'main.cpp',
    compile: ['g++', '-O2', '-std=gnu++17', '-pipe', '-o', 'main', 'main.cpp'],
    run: ['./main'],
    timeMultiplier: 1,
    memoryBaselineKb: 0,
    compileTimeLimitMs: 20_000,
    compileMemoryLimitKb: 1024 * 1024,
  },
  go: {
    id: 'go',
    image: `${RUNNER_IMAGE_PREFIX}go`,
    sourceFile: 'main.go',
    compile: goBuildArgv(['main.go']),
    run: ['./main'],
    env: {
      GOCACHE: '/tmp/go-cache',
      GOPATH: '/tmp/go',
      HOME: '/tmp',
      GO111MODULE: 'off',
      CGO_ENABLED: '0',
      GOFLAGS: '-buildvcs=false',
    },
    timeMultiplier: 1.5,
    memoryBaselineKb: 1024,
    compileTimeLimitMs: 30_000,
    compileMemoryLimitKb: 1024 * 1024,
  },
  rust: {
    id: 'rust',
    image: `${RUNNER_IMAGE_PREFIX}rust`,
    sourceFile: 'main.rs',
    // No debug info: std's would make an 11 MB binary that every test's clean state rewrites.
    compile: ['rustc', '-O', '-C', 'strip=debuginfo', '--edition', '2021', '-o', 'main', 'main.rs'],
    run: ['./main'],
    timeMultiplier: 1,
    memoryBaselineKb: 0,
    compileTimeLimitMs: 30_000,
    compileMemoryLimitKb: 1024 * 1024,
  },
  csharp: {
    id: 'csharp',
    image: `${RUNNER_IMAGE_PREFIX}csharp`,
    sourceFile: 'main.cs',
    // System.Numerics is not referenced by default; C# users expect BigInteger to compile.
    compile: ['mcs', '-optimize+', '-r:System.Numerics.dll', '-out:main.exe', 'main.cs'],
    run: ['mono', 'main.exe'],
    timeMultiplier: 2,
    memoryBaselineKb: 16 * 1024,
    compileTimeLimitMs: 20_000,
    compileMemoryLimitKb: 512 * 1024,
  },
  ruby: {
    id: 'ruby',
    image: `${RUNNER_IMAGE_PREFIX}ruby`,
    sourceFile: 'main.rb',
    compile: ['ruby', '-c', 'main.rb'],
    run: ['ruby', 'main.rb'],
    timeMultiplier: 3,
    memoryBaselineKb: 13 * 1024,
    compileTimeLimitMs: 10_000,
    compileMemoryLimitKb: 256 * 1024,
  },
  kotlin: {
    id: 'kotlin',
    image: `${RUNNER_IMAGE_PREFIX}kotlin`,
    sourceFile: 'Main.kt',
    // /opt/tryout/kotlinc: kotlinc without Debian's preloader, with a CDS archive of the compiler's
    // classes made at image build (docker/runners/kotlin/kotlinc).
    compile: ['/opt/tryout/kotlinc', '-nowarn', '-d', '.', 'Main.kt'],
    run: [
      'java',
      '-XX:+UseSerialGC',
      '-Xshare:auto',
      '-XX:-UsePerfData',
      '-Xss64m',
      '-Xmx{mem}m',
      '-cp',
      '/usr/share/kotlin/kotlinc/lib/kotlin-stdlib.jar:.',
      'MainKt',
    ],
    env: { HOME: '/tmp' },
    timeMultiplier: 2,
    // As Java: -Xmx is the whole problem limit, so the JVM's own growth needs headroom beyond it.
    memoryBaselineKb: 64 * 1024,
    reportBaselineKb: 36 * 1024,
    compileTimeLimitMs: 30_000,
    compileMemoryLimitKb: 1024 * 1024,
  },
  scala: {
    id: 'scala',
    image: `${RUNNER_IMAGE_PREFIX}scala`,
    sourceFile: 'Main.scala',
    // /opt/tryout/scalac: scalac on a plain class path with a CDS archive of the compiler's classes
    // made at image build (docker/runners/scala/scalac).
    compile: ['/opt/tryout/scalac', '-nowarn', '-d', '.', 'Main.scala'],
    run: [
      'java',
      '-XX:+UseSerialGC',
      '-Xshare:auto',
      '-XX:-UsePerfData',
      '-Xss64m',
      '-Xmx{mem}m',
      '-cp',
      '/usr/share/scala/lib/scala-library.jar:.',
      'Main',
    ],
    env: { HOME: '/tmp' },
    timeMultiplier: 2,
    // As Java: -Xmx is the whole problem limit, so the JVM's own growth needs headroom beyond it.
    memoryBaselineKb: 64 * 1024,
    reportBaselineKb: 36 * 1024,
    compileTimeLimitMs: 30_000,
    compileMemoryLimitKb: 1024 * 1024,
  },
};
