/**
 * javac with a CDS archive of javac's own classes made at image build (about 2x faster start) and
 * C1 only, since a compile is too short for C2 to pay off.
 */
export function javacArgv(sources: string[]): string[] {
  return [
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
    ...sources,
  ];
}
