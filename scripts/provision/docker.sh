#!/usr/bin/env bash
# Makes sure a Docker engine is reachable at DOCKER_HOST (default unix:///var/run/docker.sock)
# and the docker CLI is installed (scripts/build-images.sh uses it). Reachable → done. Otherwise,
# as root on Debian/Ubuntu with the default socket: install `docker.io` and start dockerd with
# --bridge=none --iptables=false --ip6tables=false (sandboxes use NetworkMode none; image builds
# use --network host). Otherwise stop, saying what is missing. Also warns when runc lacks the
# CVE-2024-21626 fix. Idempotent.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STEP="docker"

DEFAULT_SOCK="/var/run/docker.sock"
endpoint="${DOCKER_HOST:-unix://$DEFAULT_SOCK}"
local_default=0
case "$endpoint" in
  "unix://$DEFAULT_SOCK"|"unix:///run/docker.sock") local_default=1 ;;
esac

engine_ok() {
  if command -v docker >/dev/null 2>&1; then
    DOCKER_HOST="$endpoint" timeout 10 docker version --format '{{.Server.Version}}' >/dev/null 2>&1
  elif command -v curl >/dev/null 2>&1; then
    case "$endpoint" in
      unix://*) curl -fsS --max-time 5 --unix-socket "${endpoint#unix://}" http://localhost/_ping >/dev/null 2>&1 ;;
      tcp://*)  curl -fsS --max-time 5 "http://${endpoint#tcp://}/_ping" >/dev/null 2>&1 ;;
      *) return 1 ;;
    esac
  else
    return 1
  fi
}

# CVE-2024-21626 (runc "Leaky Vessels", container escape through a leaked fd): fixed upstream in
# 1.1.12 and backported by Debian as 1.1.5+ds1-1+deb12u1. Warn, don't stop: the engine may be remote.
check_runc() {
  local v upstream
  if v="$(dpkg-query -W -f='${Version}' runc 2>/dev/null)" && [ -n "$v" ]; then
    upstream="${v%%[-+~]*}"
    if dpkg --compare-versions "$upstream" ge 1.1.12; then
      say "$STEP" "runc $v carries the CVE-2024-21626 fix"
    elif [ "$upstream" = "1.1.5" ] && dpkg --compare-versions "$v" ge 1.1.5+ds1-1+deb12u1; then
      say "$STEP" "runc $v carries the CVE-2024-21626 fix (Debian backport)"
    else
      say "$STEP" "WARNING: runc $v may lack the CVE-2024-21626 fix; upgrade it (apt-get install --only-upgrade runc) before judging untrusted code"
    fi
  elif command -v runc >/dev/null 2>&1; then
    v="$(runc --version | sed -n 's/^runc version //p')"
    upstream="${v%%[-+~]*}"
    if [ -n "$upstream" ] && printf '%s\n%s\n' 1.1.12 "$upstream" | sort -V -C; then
      say "$STEP" "runc $v carries the CVE-2024-21626 fix"
    else
      say "$STEP" "WARNING: runc ${v:-of unknown version} may lack the CVE-2024-21626 fix; use runc >= 1.1.12 or a patched distribution build"
    fi
  else
    say "$STEP" "note: runc is not on this host's PATH (remote engine?); make sure the engine's runc has the CVE-2024-21626 fix"
  fi
}

if engine_ok && command -v docker >/dev/null 2>&1; then
  check_runc
  say "$STEP" "engine reachable at $endpoint"
  exit 0
fi

if engine_ok; then
  # A reachable engine but no CLI: install just the package (its daemon stays off).
  can_apt || die "$STEP" "engine reachable at $endpoint but the docker CLI is missing; install it (Debian/Ubuntu: apt-get install docker.io)"
  apt_install_no_autostart "$STEP" docker.io
  check_runc
  say "$STEP" "engine reachable at $endpoint (docker CLI installed)"
  exit 0
fi

sock="${endpoint#unix://}"
if [[ "$endpoint" == unix://* ]] && [ -S "$sock" ] && ! [ -w "$sock" ]; then
  die "$STEP" "the Docker socket $sock exists but $(id -un 2>/dev/null || id -u) may not use it. Add the user to its group (sudo usermod -aG $(stat -c %G "$sock") $(id -un 2>/dev/null || id -u), then log in again) or run as root."
fi
if [ "$local_default" -ne 1 ]; then
  die "$STEP" "cannot reach the Docker engine at $endpoint (from DOCKER_HOST). Start that engine or unset DOCKER_HOST to use a local one at $DEFAULT_SOCK."
fi
if ! can_apt; then
  die "$STEP" "no Docker engine at $DEFAULT_SOCK. Either run this as root on Debian/Ubuntu so it can install the 'docker.io' package and start dockerd, or install Docker Engine 20.10+ yourself and start it (dockerd --bridge=none --iptables=false --ip6tables=false is enough), or set DOCKER_HOST=unix:///path/to/docker.sock or tcp://HOST:PORT to a running engine."
fi

apt_install_no_autostart "$STEP" docker.io
check_runc
if ! engine_ok; then
  mkdir -p "$TRYOUT_LOG_DIR"
  if has_systemd; then
    say "$STEP" "starting docker.service"
    systemctl start docker
  else
    say "$STEP" "starting dockerd --bridge=none --iptables=false --ip6tables=false (log: $TRYOUT_LOG_DIR/dockerd.log)"
    # setsid + nohup: the daemon outlives this script and the terminal that ran it.
    setsid nohup dockerd --bridge=none --iptables=false --ip6tables=false \
      >>"$TRYOUT_LOG_DIR/dockerd.log" 2>&1 </dev/null &
  fi
  wait_for 60 engine_ok || { tail -n 30 "$TRYOUT_LOG_DIR/dockerd.log" >&2 2>/dev/null || true; die "$STEP" "dockerd did not answer on $DEFAULT_SOCK within 60 s"; }
fi
say "$STEP" "engine reachable at $endpoint (started here)"
