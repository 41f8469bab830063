#!/usr/bin/env bash
# Installs what the dashboard and its browser test need, from registries only:
#   - the map packages (leaflet, leaflet.markercluster, topojson-client, world-atlas) with `npm ci`
#     into ./node_modules, where `marsad serve` finds them;
#   - Debian's chromium (as root, with apt-get) for the headless browser test;
#   - the Python `playwright` package into the active Python (its driver ships in the wheel;
#     `playwright install` is never run: the test drives /usr/bin/chromium).
# Each part is optional: what cannot be installed here makes the browser test skip with a reason.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0

if command -v npm >/dev/null 2>&1; then
  # --ignore-scripts: none of these packages needs one (and one dependency of
  # swagger-ui-dist would only send install telemetry).
  if npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; then
    echo "setup-web: map assets installed in $(pwd)/node_modules"
  else
    echo "setup-web: npm ci failed; the dashboard will show a plain map" >&2; status=1
  fi
else
  echo "setup-web: npm not found; the dashboard will show a plain map (install Node.js and run npm ci)" >&2
fi

chromium_ok() {
  local exe="$1" dir
  dir="$(mktemp -d)"
  timeout 60 "$exe" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$dir" \
    --dump-dom 'data:text/html,<p>ok</p>' 2>/dev/null | grep -q '<p>ok</p>'
  local rc=$?
  rm -rf "$dir"
  return $rc
}

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null) \
      || (apt-get install -y -qq --no-install-recommends chromium >/dev/null) \
      || { echo "setup-web: apt-get install chromium failed" >&2; status=1; }
  else
    echo "setup-web: /usr/bin/chromium missing and cannot apt-get here (need root + apt)" >&2
  fi
fi
if [ -x /usr/bin/chromium ]; then
  if chromium_ok /usr/bin/chromium; then
    echo "setup-web: $(/usr/bin/chromium --version 2>/dev/null | head -1) runs headless"
  else
    echo "setup-web: /usr/bin/chromium does not run headless here; browser tests will skip" >&2; status=1
  fi
fi

PY="${PYTHON:-python}"
if ! "$PY" -c "import playwright.sync_api" 2>/dev/null; then
  "$PY" -m pip install -q "playwright>=1.40" \
    || { echo "setup-web: pip install playwright failed; browser tests will skip" >&2; status=1; }
fi

exit $status
