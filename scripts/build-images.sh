#!/usr/bin/env bash
# Builds Tryout's sandbox images: base (docker/base) → supervisor (docker/supervisor) →
# one runner per language (docker/runners/<lang>), tagged tryout-runner-<lang>:latest.
# Every image carries a tryout.recipe label (see recipe_hash in scripts/provision/lib.sh);
# an image whose label matches its current recipe is skipped, so a second run takes seconds.
#
# Usage: scripts/build-images.sh [lang...]        (default: every docker/runners/*)
# Env:   TRYOUT_BUILD_JOBS  parallel runner builds (default 2)
#        TRYOUT_BASE_IMAGE  base tag (default tryout-base:bookworm)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TRYOUT_ROOT="$ROOT"
# shellcheck source=provision/lib.sh
. "$ROOT/scripts/provision/lib.sh"

STEP="images"
BASE_IMAGE="${TRYOUT_BASE_IMAGE:-tryout-base:bookworm}"
SUPERVISOR_IMAGE="tryout-supervisor:latest"
JOBS="${TRYOUT_BUILD_JOBS:-2}"
export DOCKER_BUILDKIT=0 # BuildKit (buildx) is not installed on Debian's docker.io; the classic builder is.

docker version --format '{{.Server.Version}}' >/dev/null 2>&1 \
  || die "$STEP" "no Docker engine reachable${DOCKER_HOST:+ at $DOCKER_HOST}; run scripts/provision/docker.sh (as root) or set DOCKER_HOST"

# One build per engine at a time: a concurrent run (npm start and npm test, say) waits, then finds
# the images current and skips them.
lock="${TMPDIR:-/tmp}/tryout-build-images-$(printf '%s' "${DOCKER_HOST:-default}" | sha256sum | cut -c1-12).lock"
exec 9>"$lock"
if ! flock -n 9; then
  say "$STEP" "another build is running on this engine; waiting for it"
  flock 9
fi

# Longest builds first (measured), so two parallel slots finish together; others follow by name.
SLOWEST_FIRST="kotlin scala rust go java csharp elixir ruby cpp c php typescript javascript python"
mapfile -t all_langs < <(
  cd "$ROOT/docker/runners"
  for l in $SLOWEST_FIRST; do [ -f "$l/Dockerfile" ] && echo "$l"; done
  for d in */; do
    l="${d%/}"
    [ -f "$l/Dockerfile" ] && [[ " $SLOWEST_FIRST " != *" $l "* ]] && echo "$l"
  done
  true
)
if [ "$#" -gt 0 ]; then
  langs=("$@")
  for l in "${langs[@]}"; do
    [ -f "$ROOT/docker/runners/$l/Dockerfile" ] || die "$STEP" "unknown language '$l' (known: ${all_langs[*]})"
  done
else
  langs=("${all_langs[@]}")
fi

started_all=$(date +%s)
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }
size_of() { docker image inspect -f '{{.Size}}' "$1" | awk '{printf "%.0f MB", $1/1e6}'; }
logdir="$(mktemp -d /tmp/tryout-build-images.XXXXXX)"
trap 'rm -rf "$logdir"' EXIT

# build <name> <tag> <hash> <context> [docker build args...]: classic build, log kept on failure.
build() {
  local name="$1" tag="$2" hash="$3" ctx="$4"; shift 4
  local t0; t0=$(date +%s)
  if docker build --network host --force-rm --label "tryout.recipe=$hash" -t "$tag" "$@" "$ctx" \
       >"$logdir/$name.log" 2>&1; then
    say "$STEP" "$name built in $(elapsed "$t0") ($(size_of "$tag"))"
  else
    tail -n 40 "$logdir/$name.log" | sed "s/^/[tryout] $name | /" >&2
    say "$STEP" "$name FAILED after $(elapsed "$t0")"
    return 1
  fi
}

# label_version <name> <tag>: the toolchain version the runner wrote at build time
# (/opt/tryout/version, asked of the toolchain) becomes its tryout.version label, which the API
# serves: a metadata-only build on top of the image (its other labels are inherited).
label_version() {
  local name="$1" tag="$2" version
  version="$(docker run --rm --network none "$tag" cat /opt/tryout/version)" && [ -n "$version" ] \
    || { say "$STEP" "$name: no toolchain version in /opt/tryout/version"; return 1; }
  printf 'FROM %s\n' "$tag" | docker build --label "tryout.version=$version" -t "$tag" - >"$logdir/$name.label.log" 2>&1 \
    || { tail -n 20 "$logdir/$name.label.log" | sed "s/^/[tryout] $name | /" >&2; return 1; }
}

# 1. Base.
bash "$ROOT/docker/base/build.sh"
base_id="$(docker image inspect -f '{{.Id}}' "$BASE_IMAGE")"

# 2. Supervisor (helper image the runners copy /opt/tryout/supervisor from).
sup_hash="$(recipe_hash "$base_id" docker/supervisor)"
if [ "$(image_label "$SUPERVISOR_IMAGE" tryout.recipe)" = "$sup_hash" ]; then
  say "$STEP" "supervisor up to date"
else
  build supervisor "$SUPERVISOR_IMAGE" "$sup_hash" "$ROOT/docker/supervisor" --build-arg "BASE=$BASE_IMAGE" \
    || die "$STEP" "build failed: supervisor"
fi

# 3. Runners, at most $JOBS at a time.
failed=()
pending=()
declare -A pid_lang=()
reap() { # wait for one finished build and record its outcome
  local pid
  wait -n -p pid "${!pid_lang[@]}" && true
  local rc=$?
  [ "$rc" -ne 0 ] && failed+=("${pid_lang[$pid]}")
  unset "pid_lang[$pid]"
}
for l in "${langs[@]}"; do
  tag="tryout-runner-$l:latest"
  hash="$(recipe_hash "$base_id" "docker/runners/$l" docker/supervisor)"
  if [ "$(image_label "$tag" tryout.recipe)" = "$hash" ] && [ -n "$(image_label "$tag" tryout.version)" ]; then
    say "$STEP" "$l up to date"
    continue
  fi
  pending+=("$l")
  while [ "${#pid_lang[@]}" -ge "$JOBS" ]; do reap; done
  say "$STEP" "building $l"
  # The pack's facts (generated from libs/languages into pack.labels) become the image's labels.
  [ -f "$ROOT/docker/runners/$l/pack.labels" ] \
    || die "$STEP" "docker/runners/$l/pack.labels is missing: run \`npm run tryout -- languages generate\`"
  pack_labels=()
  while IFS= read -r line; do pack_labels+=(--label "$line"); done < <(grep -v '^#' "$ROOT/docker/runners/$l/pack.labels")
  { build "$l" "$tag" "$hash" "$ROOT/docker/runners/$l" --build-arg "BASE=$BASE_IMAGE" "${pack_labels[@]}" \
      && label_version "$l" "$tag"; } &
  pid_lang[$!]="$l"
done
while [ "${#pid_lang[@]}" -gt 0 ]; do reap; done

# Old versions of rebuilt images are left dangling; drop ours (never touches tagged images).
if [ "${#pending[@]}" -gt 0 ]; then
  docker image prune -f --filter label=tryout.recipe >/dev/null 2>&1 || true
fi

if [ "${#failed[@]}" -gt 0 ]; then
  die "$STEP" "build failed: ${failed[*]} (${#pending[@]} attempted, $(elapsed "$started_all") total)"
fi
say "$STEP" "all ${#langs[@]} runner images ready (${#pending[@]} built) in $(elapsed "$started_all")"
