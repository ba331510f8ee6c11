/**
 * scalac as the image ships it (docker/runners/scala/scalac): the compiler on a plain class path
 * with a CDS archive of its classes made at image build; `-nowarn` as for Kotlin.
 */
export function scalacArgv(sources: string[]): string[] {
  return ['/opt/tryout/scalac', '-nowarn', '-d', '.', ...sources];
}

/** The JVM as Java runs it, with the Scala library. */
export function scalaRunArgv(mainClass: string): string[] {
  return [
    'java',
    '-XX:+UseSerialGC',
    '-Xshare:auto',
    '-XX:-UsePerfData',
    '-Xss64m',
    '-Xmx{mem}m',
    '-cp',
    '/usr/share/scala/lib/scala-library.jar:.',
    mainClass,
  ];
}
