#!/usr/bin/env bash
# `npm test`: the whole suite on any machine, a fresh one included. It installs what the browser
# tests need when it is missing (Chromium and an emoji font, from Debian's packages), builds dist/
# (the CLI tests run the built binary), then runs vitest. Arguments go to vitest:
#   npm test -- test/web/       only the playground browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests (test/web/, test/sdk/) drive /usr/bin/chromium through playwright-core.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-color-emoji 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-color-emoji)

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "npm test: the browser tests need Chromium at /usr/bin/chromium (and an emoji font), and this" >&2
    echo "machine has no apt-get to install them. Install Chromium so that /usr/bin/chromium exists, then run npm test again." >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    echo "npm test: the browser tests need these Debian packages, not installed here: ${missing[*]}. Install them as root:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "then run npm test again." >&2
    exit 1
  fi
  echo "npm test: installing ${missing[*]} from Debian's packages (apt-get, about 20 s)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ]; then
  echo "npm test: run npm install first (it installs the dependencies and builds dist/)." >&2
  exit 1
fi

npm run build
exec npx vitest run "$@"
