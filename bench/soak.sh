#!/usr/bin/env bash
# Load and soak: two bounded wrk runs (64 connections, 60 s each) on loopback against a rotation of every guide,
# every checklist, the home page and the assets, with and without compression. Counts every status; fails on a
# socket error or on any status other than 2xx/304. Resident memory after run 1 and after run 2. Both runs come
# after a warm-up over the same rotation (JIT, first render of each page, first read of each file), which is not counted.
# Usage: bench/soak.sh     Knobs: CONNECTIONS=64 DURATION=60 WARMUP=20 LOGS=on    Results: bench/results/soak.md
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
source "$BENCH/lib.sh"
CONNECTIONS=${CONNECTIONS:-64} DURATION=${DURATION:-60} WARMUP=${WARMUP:-20}
[ "${LOGS:-on}" = off ] && export Serilog__MinimumLevel__Default=Warning
OUT=$WORK/soak.md
out() { printf '%s\n' "$*" | tee -a "$OUT"; }

ensure_tools
publish_app
PORT=$(free_port 18090)
URL=http://127.0.0.1:$PORT
start_app "$PORT" "$WORK/app.log"   # JSON request log to a file, as in a container
wait_200 "$URL/"
home=$(curl -sf "$URL/")
guides=$(grep -oE 'href="/guides/[a-z-]+"' <<<"$home" | cut -d'"' -f2 | sort -u)
assets=$(grep -oE '(href|src)="/(css|js|img)/[^"]+"' <<<"$home" | cut -d'"' -f2 | sort -u)
paths=(/ /healthz $assets)
for g in $guides; do paths+=("$g" "$g/checklist"); done

out "# Soak $(date -u '+%Y-%m-%d %H:%M UTC'): wrk -t2 -c$CONNECTIONS -d${DURATION}s, twice, ${#paths[@]} paths × (br+gzip, none)"
out ""
out "Published app, Production, request log ${LOGS:-on} (JSON lines to a file). Before run 1, a ${WARMUP}s warm-up over the same"
out "rotation (not counted) covers JIT compilation, the first render of each page and the first read of each file."
out ""
out "| run | requests/s | p99 ms | socket errors | statuses | other than 2xx/304 | app VmRSS after |"
out "| --- | ---: | ---: | ---: | --- | ---: | ---: |"
log "warm-up: ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP"s --timeout 2s -s "$BENCH/rotation.lua" "$URL" -- "${paths[@]}" >/dev/null
failed=0 rss=()
for run in 1 2; do
    log "soak run $run: ${DURATION}s"
    raw=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --timeout 2s --latency \
        -s "$BENCH/rotation.lua" "$URL" -- "${paths[@]}")
    echo "$raw" >>"$WORK/wrk.txt"
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$raw")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$raw")
    socket=$(awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' <<<"$raw")
    statuses=$(awk '/^STATUS/ {printf "%s×%s ", $2, $3}' <<<"$raw")
    bad=$(awk '/^STATUS/ && !($2 ~ /^2/ || $2 == 304) {s += $3} END {print s + 0}' <<<"$raw")
    rss+=("$(rss_kb "$APP_PID")")
    out "| $run | $rps | $p99 | ${socket:-0} | $statuses | $bad | ${rss[-1]} kB |"
    [ "${socket:-0}" = 0 ] && [ "$bad" = 0 ] || failed=1
done
growth=$(awk -v a="${rss[0]}" -v b="${rss[1]}" 'BEGIN {printf "%+.1f", (b - a) * 100 / a}')
out ""
out "Resident memory from run 1 to run 2: ${rss[0]} kB → ${rss[1]} kB ($growth %). Paths: ${paths[*]}"
mkdir -p "$BENCH/results"
name=soak; [ "${LOGS:-on}" = off ] && name=soak-logs-off
cp "$OUT" "$BENCH/results/$name.md"
cp "$WORK/wrk.txt" "$BENCH/results/$name-wrk.txt"
exit $failed
