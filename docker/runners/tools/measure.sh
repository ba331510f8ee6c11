#!/usr/bin/env bash
# Measures each runner image under the sandbox hardening: compile and run of tests/hello.* with
# the argv of the language packs (libs/languages), printing peak RSS / CPU / wall per step (the run
# three times). Figures in docs/languages.md come from here.
# Usage: docker/runners/tools/measure.sh [lang...]   (needs gcc with a static libc on the host)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
tools="$(mktemp -d /tmp/tryout-measure.XXXXXX)"
trap 'rm -rf "$tools"' EXIT
gcc -O2 -static -o "$tools/maxrss" "$ROOT/docker/runners/tools/maxrss.c"
chmod 0755 "$tools"
cd "$ROOT"
node -r ./scripts/register.cjs -e '
const { spawnSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const { LANGUAGE_PACKS, languagePack, runnerImage } = require("./libs/languages/src");
const [tools, ...langs] = process.argv.slice(1);
const q = (a) => `'"'"'${a.replace(/'"'"'/g, `'"'"'\\'"'"''"'"'`)}'"'"'`;
const sub = (argv) => argv.map((a) => q(a.replace("{mem}", "256"))).join(" ");
for (const id of langs.length ? langs : LANGUAGE_PACKS.map((p) => p.id)) {
  const rt = languagePack(id);
  const ext = rt.sourceFile.split(".").pop();
  const src = readFileSync(`docker/runners/${id}/tests/hello.${ext}`);
  const compile = rt.compile ? `printf "compile: " >&2; /m/maxrss ${sub(rt.compile)} >/dev/null; ` : "";
  const run = `ulimit -s 262144; for i in 1 2 3; do printf "run:     " >&2; echo World | /m/maxrss ${sub(rt.run)} >/dev/null; done`;
  const script = `IFS= read -r s; printf %s "$s" | base64 -d > ${rt.sourceFile}; ${compile}${run}`;
  const env = Object.entries(rt.env ?? {}).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
  const args = ["run", "--rm", "-i", "--network", "none", "--read-only",
    "--tmpfs", "/work:exec,size=64m,uid=10001,gid=10001", "--tmpfs", "/tmp:exec,size=64m,uid=10001,gid=10001",
    "--cap-drop", "ALL", "--security-opt", "no-new-privileges", "--user", "10001:10001",
    "--pids-limit", "128", "--memory", "512m", "-v", `${tools}:/m:ro`, ...env, runnerImage(id), "sh", "-c", script];
  const r = spawnSync("docker", args, { input: src.toString("base64") + "\n" });
  console.log(`== ${id} (exit ${r.status})\n${r.stderr}`);
}' "$tools" "$@"
