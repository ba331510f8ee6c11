#!/usr/bin/env bash
# Makes sure Postgres is reachable at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/tryout).
# Reachable → done. Otherwise, as root on Debian/Ubuntu with a local URL: install `postgresql`,
# start its cluster (without systemd when there is none) and allow the URL's role to log in over
# 127.0.0.1. Otherwise stop, saying what is missing. Idempotent.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STEP="postgres"

url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/tryout}"
read -r host port < <(parse_host_port "$url" 127.0.0.1 5432)
userinfo="${url#*://}"; userinfo="${userinfo%%@*}"
[ "$userinfo" = "${url#*://}" ] && userinfo=""   # no '@': no credentials in the URL
urldecode() { local s="${1//\\/\\\\}"; printf '%b' "${s//%/\\x}"; }
role="$(urldecode "${userinfo%%:*}")"; role="${role:-postgres}"
password=""; [[ "$userinfo" == *:* ]] && password="$(urldecode "${userinfo#*:}")"
# The URL's database may not exist yet (migrations create it): log in to the maintenance db.
admin_url="$(printf '%s' "$url" | sed -E 's#^(postgres(ql)?://[^/?]*)(/[^?]*)?#\1/postgres#')"

login_error=""
can_login() {
  if command -v psql >/dev/null 2>&1; then
    login_error="$(PGCONNECT_TIMEOUT=3 psql "$admin_url" -XAtqc 'select 1' 2>&1 >/dev/null)" && return 0
    return 1
  fi
  tcp_open "$host" "$port"  # no client here: an open port is the best we can check
}

if can_login; then
  say "$STEP" "reachable at $host:$port as $role"
  exit 0
fi

if ! is_local_host "$host"; then
  die "$STEP" "cannot reach Postgres at $host:$port (from DATABASE_URL): ${login_error:-connection refused}. Start that server or point DATABASE_URL at one that runs."
fi
if ! can_apt; then
  die "$STEP" "no Postgres at $host:$port${login_error:+ ($login_error)}. Either set DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/tryout to an existing server (role with CREATEDB), or run this as root on Debian/Ubuntu so it can install and start the 'postgresql' package, or install PostgreSQL 13+ yourself listening on $host:$port with a role '$role' that can log in from 127.0.0.1."
fi

apt_install_no_autostart "$STEP" postgresql
version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$version" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  say "$STEP" "creating cluster $version/main"
  pg_createcluster "$version" main >/dev/null
fi
cluster_port="$(pg_conftool "$version" main show port 2>/dev/null | sed -E 's/.*= *//; s/[^0-9]//g')"
if [ -n "$cluster_port" ] && [ "$cluster_port" != "$port" ]; then
  say "$STEP" "setting cluster $version/main port to $port (was $cluster_port)"
  pg_conftool "$version" main set port "$port"
fi

hba="/etc/postgresql/$version/main/pg_hba.conf"
marker="# tryout: role $role over loopback without a password"
if [ -z "$password" ] && ! grep -qxF "$marker" "$hba"; then
  # The default URL carries no password: let it in over loopback only (development hosts).
  say "$STEP" "allowing role $role over 127.0.0.1 and ::1 without a password (pg_hba.conf)"
  tmp="$(mktemp)"
  { echo "$marker"
    echo "host all $role 127.0.0.1/32 trust"
    echo "host all $role ::1/128 trust"
    cat "$hba"; } > "$tmp"
  cat "$tmp" > "$hba"; rm -f "$tmp"
  reload=1
fi

if pg_lsclusters -h "$version" main 2>/dev/null | grep -q online; then
  [ "${reload:-0}" = 1 ] && pg_ctlcluster "$version" main reload
else
  say "$STEP" "starting cluster $version/main"
  mkdir -p /var/run/postgresql && chown postgres:postgres /var/run/postgresql
  if has_systemd; then
    systemctl start "postgresql@$version-main"
  else
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
fi
wait_for 30 pg_isready -q -h "$host" -p "$port" || die "$STEP" "cluster $version/main did not accept connections on $host:$port within 30 s (see /var/log/postgresql/)"

if ! can_login; then
  # Role missing (or its password unknown): create or update it through the local socket.
  say "$STEP" "creating role $role"
  sql_pw=""; [ -n "$password" ] && sql_pw=" PASSWORD '${password//\'/\'\'}'"
  exists="$(su postgres -c "psql -XAtqc \"select 1 from pg_roles where rolname = '${role//\'/\'\'}'\"")"
  verb="CREATE"; [ "$exists" = 1 ] && verb="ALTER"
  su postgres -c "psql -Xq -v ON_ERROR_STOP=1" <<SQL >/dev/null
$verb ROLE "${role//\"/\"\"}" LOGIN CREATEDB$sql_pw;
SQL
  can_login || die "$STEP" "still cannot log in as $role at $host:$port: $login_error"
fi
say "$STEP" "reachable at $host:$port as $role (local cluster $version/main)"
