#!/usr/bin/env bash
# Stops the api and worker started by npm start (SIGTERM: the worker drains its jobs first).
cd "$(dirname "$0")/.."
for name in api worker; do
  f="tmp/run/$name.pid"
  [ -f "$f" ] || continue
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "[tryout] stopped $name ($pid)"
  fi
  rm -f "$f"
done
