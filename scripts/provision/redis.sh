#!/usr/bin/env bash
# Makes sure Redis is reachable at REDIS_URL (default redis://127.0.0.1:6379).
# Reachable → done (warns unless maxmemory-policy is noeviction, which BullMQ needs). Otherwise,
# as root on Debian/Ubuntu with a local URL: install `redis-server` and start it on loopback
# with noeviction and no persistence. Otherwise stop, saying what is missing. Idempotent.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STEP="redis"

url="${REDIS_URL:-redis://127.0.0.1:6379}"
read -r host port < <(parse_host_port "$url" 127.0.0.1 6379)

cli() {
  local tls=(); [[ "$url" == rediss://* ]] && tls=(--tls)
  timeout 5 redis-cli "${tls[@]}" -u "$url" --no-auth-warning "$@" 2>&1
}
ping_ok() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(cli ping)" = "PONG" ]
  else
    # No client: speak RESP by hand. NOAUTH still proves a Redis answers (the app has the password).
    local reply
    reply="$(timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"; printf "PING\r\n" >&3; IFS= read -r l <&3; printf "%s" "$l"' _ "$host" "$port" 2>/dev/null || true)"
    [[ "$reply" == +PONG* || "$reply" == -NOAUTH* ]]
  fi
}
check_policy() {
  command -v redis-cli >/dev/null 2>&1 || return 0
  local policy; policy="$(cli config get maxmemory-policy | tail -n 1)"
  case "$policy" in
    noeviction) ;;
    ''|*ERR*|*NOPERM*|*unknown*) say "$STEP" "note: could not read maxmemory-policy; BullMQ needs noeviction" ;;
    *) say "$STEP" "WARNING: maxmemory-policy is '$policy'; BullMQ needs 'noeviction' (redis-cli config set maxmemory-policy noeviction)" ;;
  esac
}

if ping_ok; then
  check_policy
  say "$STEP" "reachable at $host:$port"
  exit 0
fi

if ! is_local_host "$host"; then
  die "$STEP" "cannot reach Redis at $host:$port (from REDIS_URL). Start that server or point REDIS_URL at one that runs."
fi
if ! can_apt; then
  die "$STEP" "no Redis at $host:$port. Either set REDIS_URL=redis://[:PASSWORD@]HOST:PORT to an existing Redis 6.2+ (maxmemory-policy noeviction), or run this as root on Debian/Ubuntu so it can install and start the 'redis-server' package, or start redis-server yourself on $host:$port."
fi

apt_install_no_autostart "$STEP" redis-server
if ! ping_ok; then
  mkdir -p "$TRYOUT_LOG_DIR" /var/lib/tryout/redis
  say "$STEP" "starting redis-server on $host:$port (log: $TRYOUT_LOG_DIR/redis.log)"
  # Loopback only, noeviction for BullMQ; no persistence: a development host's queue is disposable.
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$port" --save "" --appendonly no \
    --maxmemory-policy noeviction --dir /var/lib/tryout/redis \
    --logfile "$TRYOUT_LOG_DIR/redis.log" --pidfile /var/run/tryout-redis.pid >/dev/null
  wait_for 15 ping_ok || { tail -n 20 "$TRYOUT_LOG_DIR/redis.log" >&2; die "$STEP" "redis-server did not answer on $host:$port within 15 s"; }
fi
check_policy
say "$STEP" "reachable at $host:$port (started here)"
