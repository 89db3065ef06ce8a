#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, only when missing:
#  - Debian packages: chromium (browser tests, PDF printing), poppler-utils (reading the printed PDF),
#    a Java runtime (the Nu Html Checker), Node.js with npm (Lighthouse) and nginx-light (serves the static
#    export in the export tests; they run their own nginx as the current user on a loopback port) and
#    zbar-tools (zbarimg decodes the QR codes of the printed checklist and of "Continue on another device");
#  - npm packages pinned in tests/tools/package-lock.json: lighthouse, vnu-jar, qrcode-generator (the vendored copy's original).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

tools=tests/tools
if [ ! -f "$tools/node_modules/.package-lock.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  echo "Installing npm test tools (lighthouse, vnu-jar, qrcode-generator)"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi
