/**
 * kotlinc as the image ships it (docker/runners/kotlin/kotlinc): the compiler on a plain class path
 * with a CDS archive of its classes made at image build. `-nowarn`: warnings (an unused variable in
 * a half-written solution) would greet every candidate.
 */
export function kotlincArgv(sources: string[]): string[] {
  return ['/opt/tryout/kotlinc', '-nowarn', '-d', '.', ...sources];
}

/** The JVM as Java runs it, with the Kotlin standard library; `mainClass` is `<File>Kt`. */
export function kotlinRunArgv(mainClass: string): string[] {
  return [
    'java',
    '-XX:+UseSerialGC',
    '-Xshare:auto',
    '-XX:-UsePerfData',
    '-Xss64m',
    '-Xmx{mem}m',
    '-cp',
    '/usr/share/kotlin/kotlinc/lib/kotlin-stdlib.jar:.',
    mainClass,
  ];
}
