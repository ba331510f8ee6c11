#!/usr/bin/env bash
# Proves the production build: `npm run build`, then a copy holding only the build output and the
# production dependencies (dev dependencies pruned, in a directory outside this checkout so Node
# cannot fall back to our node_modules) migrates a scratch database with the built CLI and starts
# the built api and worker with plain `node`, NODE_ENV=production, no transpiler; the api must
# answer /api/health with 200 and the worker must report ready. Cleans up after itself.
source "$(dirname "$0")/lib.sh"

npm run build --silent

OUT=$(mktemp -d /tmp/tryout-build-XXXXXX)
DB="tryout_buildcheck_$$"
QUEUE_PREFIX="buildcheck-$$"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -f "$OUT/package.json" ] && (cd "$OUT" && node -e "$PGADMIN" drop "$DB" >/dev/null 2>&1 || true)
  [ -f "$OUT/package.json" ] && (cd "$OUT" && node -e "$REDISCLEAN" "$QUEUE_PREFIX" >/dev/null 2>&1 || true)
  rm -rf "$OUT"
}
trap cleanup EXIT

mkdir -p "$OUT/apps/web"
cp -r dist "$OUT/dist"
cp -r apps/web/dist "$OUT/apps/web/dist"
cp package.json package-lock.json "$OUT/"
# Hard links (same file system) make the copy cheap; prune unlinks, it never writes into shared files.
cp -al node_modules "$OUT/node_modules"
rm -f "$OUT/node_modules/.package-lock.json"
(cd "$OUT" && npm prune --omit=dev --no-audit --no-fund --loglevel=error)
for dev in typescript @swc-node/register @swc/core vitest nx; do
  [ ! -e "$OUT/node_modules/$dev" ] || die "dev dependency $dev survived the prune"
done

# Creates or drops a database on the server DATABASE_URL points at (pg is a production dependency).
PGADMIN='
const { Client } = require("pg");
const url = new URL(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/tryout");
url.pathname = "/postgres";
const c = new Client({ connectionString: url.toString() });
const [verb, name] = process.argv.slice(1);
c.connect()
  .then(() => c.query(verb === "create" ? `CREATE DATABASE "${name}"` : `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
  .then(() => c.end(), (e) => { console.error(e.message); process.exit(1); });'
# Removes the keys under our own queue prefix (never anything else) from REDIS_URL.
REDISCLEAN='
const { Redis } = require("ioredis");
const r = new Redis(process.env.REDIS_URL || "redis://127.0.0.1:6379");
(async () => {
  let cursor = "0";
  do {
    const [next, keys] = await r.scan(cursor, "MATCH", `${process.argv[1]}:*`, "COUNT", 500);
    cursor = next;
    if (keys.length) await r.unlink(...keys);
  } while (cursor !== "0");
  r.disconnect();
})();'
(cd "$OUT" && node -e "$PGADMIN" create "$DB")

base=$(node -e 'console.log(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/tryout")')
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
export NODE_ENV=production
export DATABASE_URL="${base%/*}/$DB"
export QUEUE_PREFIX
export JWT_SECRET; JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n=/+')
export API_HOST=127.0.0.1 API_PORT="$PORT" WEB_DIST="$OUT/apps/web/dist" SANDBOX_POOL_SIZE=0
unset NODE_OPTIONS

cd "$OUT"
node dist/apps/cli/apps/cli/src/main.js db migrate
node dist/apps/api/apps/api/src/main.js > api.log 2>&1 & PIDS+=($!)
node dist/apps/worker/apps/worker/src/main.js > worker.log 2>&1 & PIDS+=($!)

ok=""
for _ in $(seq 1 120); do
  code=$(curl -s -o health.json -w '%{http_code}' "http://127.0.0.1:$PORT/api/health" || true)
  if [ "$code" = 200 ] && grep -q '"worker ready"' worker.log; then ok=1; break; fi
  kill -0 "${PIDS[0]}" 2>/dev/null || break
  kill -0 "${PIDS[1]}" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ok" ]; then
  echo "--- api.log"; tail -20 api.log; echo "--- worker.log"; tail -20 worker.log; echo "--- health"; cat health.json 2>/dev/null
  die "the built api/worker did not come up healthy"
fi
curl -fsS "http://127.0.0.1:$PORT/" | grep -q '<div id="root"' || die "the built api does not serve the built web app"
echo "[tryout] production build ok: api healthy on :$PORT, worker ready (node $(node -v), NODE_ENV=production, $(ls node_modules | wc -l) production packages)"
