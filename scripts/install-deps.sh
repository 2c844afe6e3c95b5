#!/usr/bin/env bash
# Installs, with apt, only the build and test dependencies that are missing.
# Idempotent and quiet when everything is present.
set -euo pipefail
pkgs=(cmake gcc make libgccjit-12-dev libxxhash-dev libcmocka-dev libtommath-dev
      libpcre2-dev zlib1g-dev python3 valgrind bc time)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
