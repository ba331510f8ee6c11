#!/usr/bin/env bash
# One command from a fresh clone to a running platform: dependencies, services, images,
# migrations, catalog, web build, then api + worker in the background. Re-runs skip what is done.
source "$(dirname "$0")/lib.sh"
T0=$(date +%s)

ensure_node_modules
ensure_services
ensure_images

step "database: create and migrate"
node -r ./scripts/register.cjs scripts/ensure-database.ts
tryout db migrate
done_step

step "catalog: import problems/"
h=$(tree_hash problems libs/judge/src libs/server/problems/src libs/server/quiz/src)
db_key=$(printf '%s' "${DATABASE_URL:-default}" | sha256sum | cut -c1-8)
if stamp_ok "catalog-$db_key" "$h"; then done_step "unchanged"; else
  tryout import problems/ || die "catalog import failed (fix the package named above, then run npm start again)"
  stamp_set "catalog-$db_key" "$h"; done_step
fi

step "web app: build"
h=$(tree_hash apps/web/src apps/web/index.html apps/web/vite.config.ts libs/shared)
if [ -f apps/web/dist/index.html ] && stamp_ok web "$h"; then done_step "unchanged"; else
  npx vite build --config apps/web/vite.config.ts --logLevel error || die "web build failed"
  stamp_set web "$h"; done_step
fi

# A persistent signing key for this host, so restarts keep sessions valid (never committed).
if [ -z "${JWT_SECRET:-}" ]; then
  [ -s "$STATE_DIR/jwt_secret" ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n=/+' > "$STATE_DIR/jwt_secret")
  export JWT_SECRET; JWT_SECRET=$(cat "$STATE_DIR/jwt_secret")
fi

bash scripts/stop.sh >/dev/null 2>&1 || true
PORT="${API_PORT:-3000}"
step "starting api and worker"
nohup node -r ./scripts/register.cjs apps/api/src/main.ts > tmp/logs/api.log 2>&1 &
echo $! > tmp/run/api.pid
nohup node -r ./scripts/register.cjs apps/worker/src/main.ts > tmp/logs/worker.log 2>&1 &
echo $! > tmp/run/worker.pid
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" > /dev/null 2>&1; then break; fi
  kill -0 "$(cat tmp/run/api.pid)" 2>/dev/null || { tail -40 tmp/logs/api.log; die "api exited (log: tmp/logs/api.log)"; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/api/health" > /dev/null || { tail -40 tmp/logs/api.log; die "api not healthy on :$PORT (curl -s localhost:$PORT/api/health)"; }
kill -0 "$(cat tmp/run/worker.pid)" 2>/dev/null || { tail -40 tmp/logs/worker.log; die "worker exited (log: tmp/logs/worker.log)"; }
done_step

echo
echo "[tryout] ready in $(( $(date +%s) - T0 )) s"
echo "[tryout]   web:    http://localhost:$PORT/"
echo "[tryout]   api:    http://localhost:$PORT/api  (docs: http://localhost:$PORT/api/docs)"
echo "[tryout]   health: curl -s localhost:$PORT/api/health"
echo "[tryout]   logs:   tmp/logs/api.log tmp/logs/worker.log — stop with: npm run stop"
