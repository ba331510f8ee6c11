/** In a pack's argv, the program's memory limit in MiB (the JVM's -Xmx), the runtime's baseline not included. */
export const MEMORY_PLACEHOLDER = '{mem}';

/** An argv with its placeholders filled in: the only place they are expanded. */
export function expandArgv(argv: readonly string[], memoryMb: number): string[] {
  const mem = String(Math.max(1, Math.floor(memoryMb)));
  return argv.map((a) => a.split(MEMORY_PLACEHOLDER).join(mem));
}

export function hasPlaceholder(argv: readonly string[]): boolean {
  return argv.some((a) => a.includes(MEMORY_PLACEHOLDER));
}
