#!/usr/bin/env bash
# The source watcher end to end, on this machine only (127.0.0.1): copies content/ to a temporary folder, serves the
# recorded pages on a loopback port, records them as reviewed (--accept), serves a changed recording of LinkedIn's
# GAI help page, runs the watcher with --flag, then starts the site on the temporary content and prints the URL of a
# step that now shows "LinkedIn changed a page this step relies on". Nothing in the repository's content/ changes.
# Usage: scripts/watch-demo.sh [--no-wait]   (--no-wait: check the page and stop instead of serving until Ctrl+C)
set -euo pipefail
cd "$(dirname "$0")/.."
recorded=tests/LinkedInOptOutGuide.SourceWatcher.Tests/Recorded
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dotnet build src/LinkedInOptOutGuide.SourceWatcher -v q --nologo -clp:NoSummary
watcher=(dotnet src/LinkedInOptOutGuide.SourceWatcher/bin/Debug/net10.0/LinkedInOptOutGuide.SourceWatcher.dll)
cp -r content "$work/content"

# Starts serve-recorded on a free loopback port with the given folders; sets $address.
serve() {
  local log="$work/server-$#-$RANDOM.log"
  "${watcher[@]}" serve-recorded "$@" > "$log" &
  pids+=($!)
  for _ in $(seq 100); do
    address=$(sed -n 's/^Serving recorded pages at //p' "$log")
    [[ -n $address ]] && return 0
    sleep 0.1
  done
  echo "the recorded-page server did not start" >&2; exit 1
}

serve "$recorded/before"
echo "== 1. A maintainer's first review: record the recorded pages as reviewed (--accept)"
"${watcher[@]}" --content "$work/content" --via "$address" --accept --markdown "$work/accepted.md"

serve "$recorded/after" "$recorded/before"
echo "== 2. LinkedIn changes its GAI help page: the daily run with --flag"
status=0
"${watcher[@]}" --content "$work/content" --via "$address" --flag --markdown "$work/report.md" --json "$work/report.json" || status=$?
cat "$work/report.md"
echo "(exit code $status: 1 means a maintainer should review)"
echo
echo "== 3. The site on the flagged content"
port=${DEMO_PORT:-5081}
while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done   # the first free port
ASPNETCORE_URLS="http://127.0.0.1:$port" Content__RootPath="$work/content" Serilog__MinimumLevel__Default=Warning \
  dotnet src/LinkedInOptOutGuide/bin/Debug/net10.0/LinkedInOptOutGuide.dll > "$work/site.log" 2>&1 &
pids+=($!)
step="http://127.0.0.1:$port/guides/united-states/steps/turn-off-ai-training-web"
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1 && break
  sleep 0.2
done
if curl -fsS "$step" | grep -m1 -o 'LinkedIn changed a page this step relies on ([^)]*)[^<]*<[^>]*>[^<]*'; then
  echo "The notice is on $step"
else
  echo "The notice is missing from $step" >&2; cat "$work/site.log" >&2; exit 1
fi
if [[ ${1:-} != --no-wait ]]; then
  echo "Open $step in a browser; press Ctrl+C to stop (the temporary copy is then deleted)."
  wait "${pids[-1]}"
fi
