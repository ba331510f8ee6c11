/**
 * Go's compile step: `go build`, then the build cache goes (256 directories in /tmp that no test
 * needs, and that every test's clean state would otherwise restore). A fixed script; the files are
 * its arguments.
 */
export function goBuildArgv(files: string[]): string[] {
  return ['sh', '-c', 'go build -o main "$@" && rm -rf "$GOCACHE"', 'go-build', ...files];
}
