#!/usr/bin/env bash
# The whole test suite: lint, typecheck, schema drift, catalog checks, unit, integration
# (real Postgres, Redis, Docker), browser end-to-end, catalog verification. Provisions what is
# missing first, like npm start. Ends with one line: "N passed, N failed".
source "$(dirname "$0")/lib.sh"
set +e
T0=$(date +%s)
RESULTS="$ROOT/tmp/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
PASSED=0; FAILED=0; FAILED_NAMES=()

(
  set -e
  ensure_node_modules
  ensure_services
  step "chromium"; bash scripts/provision/chromium.sh; done_step
  ensure_images
) || { echo "0 passed, 1 failed"; die "provisioning failed"; }

# check <name> <command...>: a pass/fail gate counted as one test.
check() {
  local name="$1"; shift
  step "$name"
  if "$@" > "$RESULTS/$name.log" 2>&1; then PASSED=$((PASSED + 1)); done_step "ok"
  else FAILED=$((FAILED + 1)); FAILED_NAMES+=("$name"); tail -60 "$RESULTS/$name.log"; echo "[tryout]   FAILED: $name (full log: $RESULTS/$name.log)"; fi
}

# check_progress <name> <command...>: check, also showing the command's `[done/total] ...` lines as they come.
check_progress() {
  local name="$1"; shift
  step "$name"
  "$@" > >(tee "$RESULTS/$name.log" | grep --line-buffered -E '^\[[0-9]+/[0-9]+\] ' | sed -u 's/^/[tryout]   /') 2>&1
  local rc=$?
  wait $! 2>/dev/null # the progress filter has printed everything
  if [ "$rc" -eq 0 ]; then PASSED=$((PASSED + 1)); done_step "ok"
  else FAILED=$((FAILED + 1)); FAILED_NAMES+=("$name"); tail -60 "$RESULTS/$name.log"; echo "[tryout]   FAILED: $name (full log: $RESULTS/$name.log)"; fi
}

# suite <project>: a Vitest project; every test counts.
suite() {
  local project="$1"; shift
  step "vitest: $project"
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile.json="$RESULTS/$project.json" "$@" 2>&1 | tee "$RESULTS/$project.log" | grep -E '✓|×|FAIL|Test Files|Tests |Error' | grep -v '^ *✓ .*[0-9]ms$' | tail -80
  local counts
  counts=$(node -e '
    const fs = require("fs"); const f = process.argv[1];
    if (!fs.existsSync(f)) { console.log("0 1"); process.exit(0); }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    const suiteFailures = (r.testResults || []).filter((t) => t.status === "failed" && (t.assertionResults || []).every((a) => a.status !== "failed")).length;
    console.log(`${r.numPassedTests} ${r.numFailedTests + suiteFailures}`);' "$RESULTS/$project.json")
  # The failing tests by file and name, repeated at the end (CI keeps only the tail of the output).
  node -e '
    const fs = require("fs"); const f = process.argv[1];
    if (!fs.existsSync(f)) process.exit(0);
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    for (const t of r.testResults || []) {
      const file = require("path").relative(process.cwd(), t.name);
      const failed = (t.assertionResults || []).filter((a) => a.status === "failed");
      if (t.status === "failed" && failed.length === 0) console.log(`${file}: ${(t.message || "suite failed").split("\n")[0].slice(0, 300)}`);
      for (const a of failed) console.log(`${file} > ${a.fullName}: ${(a.failureMessages || [""])[0].split("\n")[0].slice(0, 300)}`);
    }' "$RESULTS/$project.json" >> "$RESULTS/failed-tests.txt"
  local p=${counts% *} f=${counts#* }
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  [ "$f" = 0 ] || FAILED_NAMES+=("vitest $project ($f)")
  done_step "$p passed, $f failed"
}

check lint bash -c 'NX_DAEMON=false npx nx show projects >/dev/null && npx eslint . --max-warnings 0'
check format npx prettier --check .
check typecheck npx tsc -p tsconfig.typecheck.json --noEmit
# The files generated from the language packs (the web's language contract) are current.
check languages-generated-current tryout languages generate --check
if [ -f apps/web/tsconfig.json ]; then check typecheck-web npx tsc -p apps/web/tsconfig.json --noEmit; fi
if [ -f scripts/check-migrations.ts ]; then check migrations-match-entities node -r ./scripts/register.cjs scripts/check-migrations.ts; fi
# Expand/contract: no migration after the marker drops, renames or retypes without a contract-after note.
check migration-contract node -r ./scripts/register.cjs scripts/check-migration-contract.ts
# npm run build (api, worker, cli to JavaScript; the web app the e2e suite serves), then the built
# api and worker started with plain node and production dependencies only.
check production-build bash scripts/check-build.sh
suite unit
suite integration
# Workers on three hosts (network namespaces) sharing one queue; one host SIGKILLed mid-burst.
suite scale
suite e2e
if [ -d problems ] && ls problems/*/problem.yaml > /dev/null 2>&1; then
  check catalog-readme-current tryout catalog readme --check
  # The fast subset by default (one accepted and one rejected submission per problem); in CI
  # (CI=true) also every language's type-coverage set and every submission of the problems changed
  # since the last recorded full run (problems/verified.json); TRYOUT_VERIFY=full|ci|fast chooses.
  VERIFY_DEFAULT=fast; [ "${CI:-}" = true ] && VERIFY_DEFAULT=ci
  case "${TRYOUT_VERIFY:-$VERIFY_DEFAULT}" in
    full) check_progress catalog-verify tryout verify problems/ --concurrency 2 ;;
    ci) check_progress catalog-verify tryout verify problems/ --concurrency 2 --ci ;;
    *) check_progress catalog-verify tryout verify problems/ --concurrency 2 --fast ;;
  esac
fi

echo
echo "[tryout] test command finished in $(( $(date +%s) - T0 )) s"
[ ${#FAILED_NAMES[@]} -eq 0 ] || echo "[tryout] failed: ${FAILED_NAMES[*]}"
[ -s "$RESULTS/failed-tests.txt" ] && sed 's/^/[tryout]   ✗ /' "$RESULTS/failed-tests.txt"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
