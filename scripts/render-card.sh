#!/usr/bin/env bash
# Renders wwwroot/img/card.svg (the link-preview image) to wwwroot/img/card.png, 1200x630, with headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --window-size=1200,630 \
  --screenshot="$PWD/wwwroot/img/card.png" "file://$PWD/wwwroot/img/card.svg"
