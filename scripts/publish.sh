#!/usr/bin/env bash
# Publishes the site in Release to a folder: the one publish command, used by the Dockerfile,
# the published-app test and the benchmark. Usage: scripts/publish.sh OUTPUT_DIR [dotnet publish options]
set -euo pipefail
out=${1:?usage: scripts/publish.sh OUTPUT_DIR [options]}
shift
cd "$(dirname "$0")/.."
dotnet publish src/LinkedInOptOutGuide/LinkedInOptOutGuide.csproj -c Release -o "$out" "$@"
