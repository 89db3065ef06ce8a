#!/usr/bin/env bash
# Runs every test: unit and bUnit, integration (WebApplicationFactory), browser (Playwright + Chromium).
# Usage: scripts/test.sh            (from anywhere; installs missing Debian packages first)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-tools.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# --minimum-expected-tests: a test project that silently runs nothing fails the run.
dotnet test --solution LinkedInOptOutGuide.sln --minimum-expected-tests 5 2>&1 | tee "$log" || status=$?

# Microsoft.Testing.Platform prints "total/failed/succeeded/skipped"; say it on one plain line too.
awk '/^ *failed: /{f=$2} /^ *succeeded: /{p=$2} /^ *skipped: /{s=$2} END{ if (p!="") printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
