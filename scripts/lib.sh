# Shared helpers for scripts/start.sh and scripts/test.sh (sourced, not run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STATE_DIR="$ROOT/tmp/state"
mkdir -p "$STATE_DIR" "$ROOT/tmp/logs" "$ROOT/tmp/run"

step_start=0
step() { step_start=$(date +%s%N); printf '\033[1m[tryout]\033[0m %s\n' "$*"; }
done_step() { local ms=$(( ($(date +%s%N) - step_start) / 1000000 )); printf '[tryout]   done in %d ms%s\n' "$ms" "${1:+ ($1)}"; }
die() { printf '[tryout] ERROR: %s\n' "$*" >&2; exit 1; }

# sha256 of files' names and contents, for "rebuild only when changed" stamps.
tree_hash() { (for p in "$@"; do [ -e "$p" ] && find "$p" -type f -not -path '*/node_modules/*' -not -path '*/dist/*' -print0; done) | sort -z | xargs -0 sha256sum 2>/dev/null | sha256sum | cut -c1-16; }
stamp_ok() { [ -f "$STATE_DIR/$1" ] && [ "$(cat "$STATE_DIR/$1")" = "$2" ]; }
stamp_set() { echo "$2" > "$STATE_DIR/$1"; }

ensure_node_modules() {
  step "npm dependencies"
  local h; h=$(sha256sum package-lock.json | cut -c1-16)
  if [ -d node_modules ] && stamp_ok npm "$h"; then done_step "up to date"; return; fi
  # `npm install` honours the lock; npm 11 `npm ci` rejects locks that omit other platforms' optional binaries.
  npm install --no-audit --no-fund --loglevel=error
  # npm may complete the lock (other platforms' optional entries): stamp what is there now.
  stamp_set npm "$(sha256sum package-lock.json | cut -c1-16)"
  done_step "installed"
}

ensure_services() {
  step "postgres";  bash scripts/provision/postgres.sh; done_step
  step "redis";     bash scripts/provision/redis.sh; done_step
  step "docker engine"; bash scripts/provision/docker.sh; done_step
}

ensure_images() {
  step "sandbox runner images"
  bash scripts/build-images.sh
  done_step
}

tryout() { node -r ./scripts/register.cjs apps/cli/src/main.ts "$@"; }
