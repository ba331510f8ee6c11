#!/usr/bin/env bash
# Builds tryout-base:bookworm, the base of every runner image, from Debian's packages.
# With a reachable registry the root fs is debian:bookworm-slim; without one (the usual
# case on our hosts) it is made by `debootstrap --variant=minbase` and `docker import`.
# Then docker/base/Dockerfile pins the apt sources (with bookworm-security) and upgrades.
# Skips when the image exists and its tryout.recipe label matches docker/base's content.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/provision/lib.sh
. "$HERE/../../scripts/provision/lib.sh"

BASE_IMAGE="${TRYOUT_BASE_IMAGE:-tryout-base:bookworm}"
ROOTFS_IMAGE="${TRYOUT_ROOTFS_IMAGE:-tryout-rootfs:bookworm}"
SLIM_IMAGE="${BASE_PULL:-debian:bookworm-slim}"
MIRROR="${TRYOUT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
STEP="base"

want="$(recipe_hash "" docker/base)"
have="$(image_label "$BASE_IMAGE" tryout.recipe)"
if [ "$have" = "$want" ]; then
  say "$STEP" "$BASE_IMAGE is up to date"
  exit 0
fi

rootfs=""
if docker image inspect "$SLIM_IMAGE" >/dev/null 2>&1; then
  rootfs="$SLIM_IMAGE"
elif docker image inspect "$ROOTFS_IMAGE" >/dev/null 2>&1; then
  rootfs="$ROOTFS_IMAGE"
else
  say "$STEP" "trying docker pull $SLIM_IMAGE"
  if timeout 60 docker pull -q "$SLIM_IMAGE" >/dev/null 2>&1; then
    rootfs="$SLIM_IMAGE"
  else
    say "$STEP" "no registry; building the root fs with debootstrap from $MIRROR"
    if ! command -v debootstrap >/dev/null 2>&1; then
      can_apt || die "$STEP" "debootstrap is missing; install it (apt-get install debootstrap) or make $SLIM_IMAGE pullable"
      apt_install "$STEP" debootstrap
    fi
    is_root || die "$STEP" "debootstrap needs root; run this script as root or make $SLIM_IMAGE pullable"
    tmp="$(mktemp -d /tmp/tryout-rootfs.XXXXXX)"
    # debootstrap leaves bind mounts behind when it fails half-way; unmount before removing.
    trap 'umount -R "$tmp"/proc "$tmp"/sys "$tmp"/dev 2>/dev/null || true; rm -rf --one-file-system "$tmp"' EXIT
    started=$(date +%s)
    debootstrap --variant=minbase bookworm "$tmp" "$MIRROR" >"$tmp.log" 2>&1 \
      || { tail -n 30 "$tmp.log" >&2; rm -f "$tmp.log"; die "$STEP" "debootstrap failed (log above)"; }
    rm -f "$tmp.log"
    # Trim what a container never needs before importing.
    rm -rf "$tmp"/var/cache/apt/archives/*.deb "$tmp"/var/lib/apt/lists/* \
           "$tmp"/usr/share/doc/* "$tmp"/usr/share/man/* "$tmp"/usr/share/info/* "$tmp"/usr/share/locale/*
    tar --numeric-owner -C "$tmp" -c . | docker import \
      -c 'CMD ["/bin/bash"]' -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      - "$ROOTFS_IMAGE" >/dev/null
    say "$STEP" "imported $ROOTFS_IMAGE in $(( $(date +%s) - started ))s"
    rootfs="$ROOTFS_IMAGE"
  fi
fi

say "$STEP" "building $BASE_IMAGE from $rootfs"
log="$(mktemp /tmp/tryout-base-build.XXXXXX)"
DOCKER_BUILDKIT=0 docker build --network host --force-rm --build-arg "ROOTFS=$rootfs" \
  --label "tryout.recipe=$want" -t "$BASE_IMAGE" "$HERE" >"$log" 2>&1 \
  || { tail -n 40 "$log" >&2; rm -f "$log"; die "$STEP" "docker build of $BASE_IMAGE failed (log above)"; }
rm -f "$log"
say "$STEP" "$BASE_IMAGE ready ($(docker image inspect -f '{{.Size}}' "$BASE_IMAGE" | awk '{printf "%.0f MB", $1/1e6}'))"
