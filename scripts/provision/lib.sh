# Shared helpers for Tryout's provisioning scripts. Source it; don't run it.
# shellcheck shell=bash

TRYOUT_ROOT="${TRYOUT_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
TRYOUT_LOG_DIR="${TRYOUT_LOG_DIR:-/var/log/tryout}"

# "[tryout] <step>: <message>" on stderr, so stdout stays usable for values.
say() { printf '[tryout] %s: %s\n' "$1" "$2" >&2; }
die() { printf '[tryout] %s: ERROR: %s\n' "$1" "$2" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }
is_debian_like() { [ -r /etc/os-release ] && grep -Eqi '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release; }
can_apt() { is_root && is_debian_like && command -v apt-get >/dev/null 2>&1; }

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

_apt_updated=0
# apt_install <step> <pkg>...: install the packages that are missing (no recommends).
apt_install() {
  local step="$1"; shift
  local missing=() p
  for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  say "$step" "installing ${missing[*]} with apt-get (log: $TRYOUT_LOG_DIR/apt.log)"
  mkdir -p "$TRYOUT_LOG_DIR"
  export DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 NEEDRESTART_MODE=l
  if [ "$_apt_updated" -eq 0 ]; then
    apt-get update >>"$TRYOUT_LOG_DIR/apt.log" 2>&1 \
      || { tail -n 20 "$TRYOUT_LOG_DIR/apt.log" >&2; die "$step" "apt-get update failed"; }
    _apt_updated=1
  fi
  apt-get install -y --no-install-recommends "${missing[@]}" >>"$TRYOUT_LOG_DIR/apt.log" 2>&1 \
    || { tail -n 20 "$TRYOUT_LOG_DIR/apt.log" >&2; die "$step" "apt-get install ${missing[*]} failed"; }
}

# wait_for <seconds> <command...>: poll every 0.2 s until the command succeeds.
wait_for() {
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}

# parse_host_port <url> <default-host> <default-port>: prints "host port" from a
# scheme://[user[:pass]@]host[:port][/...] URL (IPv6 in brackets allowed).
parse_host_port() {
  local url="$1" host="$2" port="$3" rest
  if [ -n "$url" ]; then
    rest="${url#*://}"; rest="${rest%%/*}"; rest="${rest%%\?*}"; rest="${rest##*@}"
    if [[ "$rest" == \[*\]* ]]; then
      host="${rest%%]*}"; host="${host#[}"; rest="${rest#*]}"; [[ "$rest" == :* ]] && port="${rest#:}"
    elif [[ "$rest" == *:* ]]; then
      host="${rest%%:*}"; port="${rest##*:}"
    elif [ -n "$rest" ]; then
      host="$rest"
    fi
  fi
  printf '%s %s\n' "$host" "$port"
}

# tcp_open <host> <port>: true when something accepts a TCP connection.
tcp_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# recipe_hash <base-image-id> <dir>...: the tryout.recipe label of an image. sha256 over
# `sha256sum` lines of every file under the dirs (paths relative to the repo root, sorted
# bytewise, tests/ excluded) followed by "base <id>\n". libs/sandbox/src/images.util.ts
# computes the same value; keep them identical.
recipe_hash() {
  local base_id="$1"; shift
  (
    cd "$TRYOUT_ROOT" || exit 1
    find "$@" -type f ! -path '*/tests/*' -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
    printf 'base %s\n' "$base_id"
  ) | sha256sum | cut -d' ' -f1
}

# image_label <image> <label>: the label's value, empty when the image or label is absent.
image_label() { docker image inspect -f "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }

has_systemd() { [ -d /run/systemd/system ]; }

# apt_install_quiet_services <step> <pkg>...: like apt_install, but without systemd the
# packages' maintainer scripts must not start their daemons (we start them with our flags).
apt_install_no_autostart() {
  local step="$1"; shift
  if has_systemd || [ -e /usr/sbin/policy-rc.d ]; then apt_install "$step" "$@"; return; fi
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  local rc=0
  apt_install "$step" "$@" || rc=$?
  rm -f /usr/sbin/policy-rc.d
  return "$rc"
}

# is_local_host <host>: the service would run on this machine.
is_local_host() { case "$1" in 127.*|localhost|::1|'') return 0 ;; *) return 1 ;; esac; }
