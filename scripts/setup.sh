#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine. Idempotent; safe to re-run.
#   scripts/setup.sh serve   - what `ivr serve` needs
#   scripts/setup.sh test    - plus what the test suite needs (SIPp, Chromium, PostgreSQL, baresip)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-serve}"

serve_pkgs=(redis-server redis-tools espeak-ng sox)
test_pkgs=(sip-tester chromium baresip-core fonts-wqy-zenhei)

have_pg() { command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

wanted=("${serve_pkgs[@]}")
if [ "$mode" = "test" ]; then
  wanted+=("${test_pkgs[@]}")
  have_pg || wanted+=(postgresql)
fi
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing Debian packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The redis-server package starts a system service on 6379; the project runs its own instances.

python_bin="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
extras=""
[ "$mode" = "test" ] && extras="[dev]"
stamp=".venv/.installed-${mode}"
digest="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".${extras}"
  echo "$digest" > "$stamp"
fi
