#!/usr/bin/env bash
# Benchmark: start-up time, throughput and latency against nginx serving the same bytes, memory, page weight.
# Usage (from anywhere): bench/run.sh    Results: printed, and written to bench/results/latest.md (LOGS=off: latest-logs-off.md,
#   NGINX_SENDFILE=off: latest-nginx-sendfile-off.md).
# Knobs (environment): ROUNDS=3 DURATION=10 CONNECTIONS=64 WARMUP=20 STARTS=5 NGINX_WORKERS=auto LOGS=on
#   LOGS=off silences the app's per-request log (Serilog__MinimumLevel__Default=Warning) and nginx's access log.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
source "$BENCH/lib.sh"
source "$BENCH/nginx.sh"
ROUNDS=${ROUNDS:-3} DURATION=${DURATION:-10} CONNECTIONS=${CONNECTIONS:-64} WARMUP=${WARMUP:-20} STARTS=${STARTS:-5}
NGINX_ACCESS_LOG=$WORK/nginx/access.log NGINX_EXPORT_ACCESS_LOG=$WORK/nginx-export/access.log
if [ "${LOGS:-on}" = off ]; then export Serilog__MinimumLevel__Default=Warning; NGINX_ACCESS_LOG=off NGINX_EXPORT_ACCESS_LOG=off; fi
OUT=$WORK/latest.md
out() { printf '%s\n' "$*" >>"$OUT"; }
kb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1024}'; }
accept() { ACCEPT=(); [ "$1" = identity ] || ACCEPT=(-H "Accept-Encoding: $1"); }  # identity: no Accept-Encoding
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "**MISSED**"; fi; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ensure_tools
publish_app
out "# Benchmark $(date -u '+%Y-%m-%d %H:%M UTC')"
out ""
out "Commit $(git -C "$REPO" rev-parse --short HEAD)$([ -z "$(git -C "$REPO" status --porcelain -- src content wwwroot)" ] || echo ' + uncommitted changes');" \
    "$(nproc) cores; load average before: $load_before; $(nginx -v 2>&1); wrk $(wrk -v 2>&1 | awk 'NR == 1 {print $2}')."
out "App stdout (one JSON line per request) goes to a file, as a container's stdout goes to its log file;" \
    "nginx access_log: $([ "$NGINX_ACCESS_LOG" = off ] && echo off || echo 'on, to a file'). Request logging: ${LOGS:-on}."
out "nginx: worker_processes ${NGINX_WORKERS:-auto}, sendfile ${NGINX_SENDFILE:-on}, open_file_cache, keepalive_requests 1000000 (Kestrel has no" \
    "per-connection limit), gzip_static with the app's own gzip bytes as .gz, and the app's security and Cache-Control headers."

# 1. Start-up: wall time from exec to the first 200 on / (curl polls in a loop, a few ms per try).
APP_PORT=$(free_port 18080)
APP_URL=http://127.0.0.1:$APP_PORT
starts=()
for i in $(seq "$STARTS"); do
    t0=$(date +%s%N)
    start_app "$APP_PORT" "$WORK/start-$i.log"
    wait_200 "$APP_URL/"
    starts+=($((($(date +%s%N) - t0) / 1000000)))
    stop_pid "$APP_PID"
done
start_median=$(printf '%s\n' "${starts[@]}" | median)
start_max=$(printf '%s\n' "${starts[@]}" | sort -n | tail -1)
log "start-up ms: ${starts[*]}"

# 2. The app for the rest of the run, and nginx serving the app's own bytes.
start_app "$APP_PORT" "$WORK/app.log"
wait_200 "$APP_URL/"
home=$(curl -sf "$APP_URL/")
guides=$(grep -oE 'href="/guides/[a-z-]+"' <<<"$home" | cut -d'"' -f2 | sort -u)
longest=$(for g in $guides; do echo "$(curl -sf "$APP_URL$g" | wc -c) $g"; done | sort -n | tail -1 | cut -d' ' -f2)
assets=$(grep -oE '(href|src)="/(css|js|img)/[^"]+"' <<<"$home" | cut -d'"' -f2 | sort -u)
WWW=$WORK/www
for path in / "$longest" $assets; do mirror "$path"; done
curl -sf -D "$WORK/page.headers" -o /dev/null "$APP_URL$longest"
NGINX_PORT=$(free_port $((APP_PORT + 1)))
write_nginx_conf "$NGINX_PORT" "$WORK/page.headers"
chmod -R a+rX "$WORK"   # nginx workers run as an unprivileged user when started as root
nginx -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
NGINX_URL=http://127.0.0.1:$NGINX_PORT
wait_200 "$NGINX_URL/"
# The static export (`LinkedInOptOutGuide export`), served by nginx with the server block it generated: the 1.0× path.
(cd "$APP_DIR" && ./LinkedInOptOutGuide export "$WORK/export") >"$WORK/export.log" 2>&1 || { cat "$WORK/export.log" >&2; exit 1; }
EXPORT_PORT=$(free_port $((NGINX_PORT + 1)))
write_export_nginx_conf "$EXPORT_PORT" "$WORK/export"
chmod -R a+rX "$WORK"
nginx -p "$WORK/nginx-export" -e "$WORK/nginx-export/error.log" -c "$WORK/nginx-export/nginx.conf" -g 'daemon off;' &
EXPORT_PID=$!
PIDS+=("$EXPORT_PID")
EXPORT_URL=http://127.0.0.1:$EXPORT_PORT
wait_200 "$EXPORT_URL/"
for path in / "$longest"; do
    for enc in identity gzip; do
        accept "$enc"
        a=$(curl -sf "${ACCEPT[@]}" "$APP_URL$path" | sha256sum | cut -c1-16)
        n=$(curl -sf "${ACCEPT[@]}" "$NGINX_URL$path" | sha256sum | cut -c1-16)
        x=$(curl -sf "${ACCEPT[@]}" "$EXPORT_URL$path" | sha256sum | cut -c1-16)
        [ "$a" = "$n" ] && [ "$a" = "$x" ] || { log "different bytes for $path ($enc): app $a, nginx $n, export $x"; exit 1; }
    done
done
log "same bytes from all three (sha256 of / and $longest, identity and gzip); $(sha256sum "$WWW$longest/index.html" | cut -c1-16)"

# 3. Warm-up (.NET JIT tiering needs 15 s or more), then app and nginx alternately, round by round.
# wrk_run URL ENCODING SECONDS [SERVER_PIDS…] -> "rps p50_ms p99_ms socket_errors status_errors cpu_us_per_request"
# The servers' CPU time per request (user + system, from /proc) hardly depends on other work on the machine.
wrk_run() {
    local url=$1 enc=$2 seconds=$3 before raw
    shift 3
    before=$(cpu_ticks "$@")
    accept "$enc"
    raw=$(timeout $((seconds + 30)) wrk -t1 -c"$CONNECTIONS" -d"$seconds"s --timeout 2s --latency "${ACCEPT[@]}" \
        -s "$BENCH/summary.lua" "$url")
    echo "$raw" >>"$WORK/wrk.txt"
    awk -v cpu=$(($(cpu_ticks "$@") - before)) -v hz="$(getconf CLK_TCK)" \
        '/^RESULT/ {printf "%s %s %s %s %s %.1f\n", $2, $3, $4, $5, $6, cpu * 1e6 / hz / $7}' <<<"$raw"
}
cpu_ticks() { local pid; for pid in "$@"; do cut -d' ' -f14,15 "/proc/$pid/stat"; done | awk '{s += $1 + $2} END {print s + 0}'; }
log "warming up the app for ${WARMUP}s, nginx for 4s"
for path in / "$longest"; do
    for enc in identity gzip; do
        wrk_run "$APP_URL$path" "$enc" $((WARMUP / 4)) "$APP_PID" >/dev/null
        wrk_run "$NGINX_URL$path" "$enc" 1 "$NGINX_PID" >/dev/null
        wrk_run "$EXPORT_URL$path" "$enc" 1 "$EXPORT_PID" >/dev/null
    done
done
for path in / "$longest"; do
    for enc in identity gzip; do
        for round in $(seq "$ROUNDS"); do
            for target in app nginx export; do
                url=$APP_URL pids=$APP_PID
                [ $target = nginx ] && url=$NGINX_URL pids=$(cat /proc/"$NGINX_PID"/task/*/children)
                [ $target = export ] && url=$EXPORT_URL pids=$(cat /proc/"$EXPORT_PID"/task/*/children)
                echo "== $target $path $enc round $round" >>"$WORK/wrk.txt"
                result=$(wrk_run "$url$path" "$enc" "$DURATION" $pids)
                [ -n "$result" ] || { log "wrk gave no result for $target $path"; exit 1; }
                echo "$path $enc $target $result" | tee -a "$WORK/rounds.txt" >&2
            done
        done
    done
done
rss=$(rss_kb "$APP_PID")

out ""
out "## Throughput and latency: wrk -t1 -c$CONNECTIONS, ${DURATION}s per run, $ROUNDS rounds each, alternating (medians of rounds)"
out ""
out "| page | encoding | app req/s | nginx req/s | ratio | app p50 ms | nginx p50 ms | app p99 ms | nginx p99 ms | p99 ratio | CPU µs/req app | nginx | nginx/app | export on nginx req/s | export/nginx | errors |"
out "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
col() { awk -v p="$path" -v e="$enc" -v t="$1" -v c="$2" '$1 == p && $2 == e && $3 == t {print $c}' "$WORK/rounds.txt" | median; }
# pair_ratio COLUMN [TARGET]: TARGET (app) / nginx within each round (they ran back to back, under the same conditions),
# median of rounds. The export runs right after nginx in each round, so its ratio is taken when its line comes.
pair_ratio() {
    awk -v p="$path" -v e="$enc" -v c="$1" -v t="${2:-app}" '$1 == p && $2 == e {v[$3] = $c} $1 == p && $2 == e && $3 == (t == "app" ? "nginx" : t) {printf "%.4f\n", v[t] / v["nginx"]}' \
        "$WORK/rounds.txt" | median | awk '{printf "%.2f", $1}'
}
worse() { awk -v a="$1" -v b="$2" -v dir="$3" 'BEGIN {print (dir * (b - a) > 0) ? b : a}'; }
worst_rps_gzip=99 worst_rps_identity=99 worst_p99=0 worst_export=99
for path in / "$longest"; do
    for enc in identity gzip; do
        ar=$(col app 4) nr=$(col nginx 4) a50=$(col app 5) n50=$(col nginx 5) a99=$(col app 6) n99=$(col nginx 6)
        acpu=$(col app 9) ncpu=$(col nginx 9) cr=$(awk -v a="$acpu" -v n="$ncpu" 'BEGIN {printf "%.2f", n / a}')
        errors=$(awk -v p="$path" -v e="$enc" '$1 == p && $2 == e {s += $7 + $8} END {print s + 0}' "$WORK/rounds.txt")
        rr=$(pair_ratio 4) pr=$(pair_ratio 6) xr=$(col export 4) xx=$(pair_ratio 4 export)
        if [ "$enc" = gzip ]; then worst_rps_gzip=$(worse "$worst_rps_gzip" "$rr" -1); else worst_rps_identity=$(worse "$worst_rps_identity" "$rr" -1); fi
        worst_p99=$(worse "$worst_p99" "$pr" 1)
        worst_export=$(worse "$worst_export" "$xx" -1)
        out "| $path | $enc | $ar | $nr | $rr | $a50 | $n50 | $a99 | $n99 | $pr | $acpu | $ncpu | $cr | $xr | $xx | $errors |"
    done
done
out ""
out "req/s, latencies and CPU: medians of the rounds. ratio and p99 ratio: app / nginx within each round (the two ran back to"
out "back), median of the rounds, so that a slow moment on the machine counts against both. export on nginx: the folder"
out "\`LinkedInOptOutGuide export\` wrote, served by nginx with the server block it generated (same bytes, same headers): the"
out "1.0× path a static host or CDN gives; export/nginx compares it with nginx serving the bytes mirrored from the app."
out ""
out "CPU µs/req: the server's own CPU time (user + system, from /proc) per request, so nginx/app compares the work each"
out "does per request; unlike req/s it hardly moves when other work competes for the cores."
out ""
out "Every round (path encoding target rps p50 p99 socket-errors status-errors cpu-µs/req):"
out '```'
cat "$WORK/rounds.txt" >>"$OUT"
out '```'

# 4. Page weight of a first visit to the longest guide, as a browser asks for it.
page=$(curl -sf "$APP_URL$longest")
refs=$(grep -oE '<(link|script)[^>]*>' <<<"$page" | grep -E 'rel="(stylesheet|icon)"|<script' \
    | grep -oE '(href|src)="/[^"]+"' | cut -d'"' -f2)
out ""
out "## First visit to $longest (Accept-Encoding: br, gzip)"
out ""
out "| resource | wire body bytes | headers bytes | uncompressed bytes | encoding |"
out "| --- | ---: | ---: | ---: | --- |"
wire=0 headers=0 js=0 css=0 print_wire=0
for ref in "$longest" $refs; do
    read -r body head enc < <(curl -sf -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_download} %{size_header} %header{content-encoding}\n' "$APP_URL$ref")
    plain=$(curl -sf "$APP_URL$ref" | wc -c)
    name=${ref%%\?*}
    if grep -F "\"$ref\"" <<<"$page" | grep -q 'media="print"'; then
        name="$name (media=print)" print_wire=$((print_wire + body + head))
    fi
    out "| $name | $body | $head | $plain | ${enc:-identity} |"
    wire=$((wire + body)) headers=$((headers + head))
    case $ref in *.js*) js=$((js + plain)) ;; *.css*) css=$((css + plain)) ;; esac
done
total=$((wire + headers))
etag=$(curl -sf -D - -o /dev/null -H 'Accept-Encoding: br, gzip' "$APP_URL$longest" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
revisit=$(curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' -H "If-None-Match: $etag" -w '%{http_code} %{size_download}' "$APP_URL$longest")
out "| **total** (print.css included: $print_wire bytes) | $wire | $headers | | |"
out ""
out "Repeat visit: GET $longest with If-None-Match: $etag → status ${revisit% *}, ${revisit#* } body bytes."

out ""
out "## Budgets"
out ""
out "| what | measured | budget | verdict |"
out "| --- | --- | --- | --- |"
out "| start-up to first 200 on / ($STARTS starts) | median ${start_median} ms, max ${start_max} ms (${starts[*]}) | ≤ 1500 ms | $(verdict "$start_max <= 1500") |"
out "| throughput app/nginx, compressed as browsers ask (worst page, gzip) | $worst_rps_gzip | ≥ 0.8 | $(verdict "$worst_rps_gzip >= 0.8") |"
out "| throughput app/nginx, uncompressed (worst page, no Accept-Encoding) | $worst_rps_identity | ≥ 0.8 | $(verdict "$worst_rps_identity >= 0.8") |"
out "| throughput of the export on nginx / nginx serving the mirrored bytes (worst page and encoding) | $worst_export | ≈ 1.0 (the static path) | (reported) |"
out "| p99 app/nginx (worst page and encoding) | $worst_p99 | ≤ 2.0 | $(verdict "$worst_p99 <= 2") |"
out "| first visit, bodies + headers, compressed | $total bytes ($(kb $total) KB; bodies alone $(kb $wire) KB) | ≤ 30 KB | $(verdict "$total <= 30 * 1024") |"
out "| JavaScript, uncompressed | $js bytes ($(kb $js) KB) | ≤ 6 KB | $(verdict "$js <= 6 * 1024") |"
out "| CSS (site + print), uncompressed | $css bytes ($(kb $css) KB) | ≤ 10 KB | $(verdict "$css <= 10 * 1024") |"
out "| repeat visit: HTML answers 304, no body | ${revisit% *}, ${revisit#* } bytes | 304, 0 | $(verdict "${revisit% *} == 304 && ${revisit#* } == 0") |"
out "| app resident memory (VmRSS) after the runs | $((rss / 1024)) MB ($rss kB) | (reported) | |"
out ""
out "KB = 1024 bytes. Load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg). The bench alone"
out "keeps it near 2-3; well above that, other work competed for the 2 cores: alternating rounds share that between app and"
out "nginx, but such ratios and p99s are not trustworthy; rerun on an idle machine. Raw wrk output: bench/results/*-wrk.txt."

mkdir -p "$BENCH/results"
name=latest; [ "${LOGS:-on}" = off ] && name=latest-logs-off
[ "${NGINX_SENDFILE:-on}" = off ] && name=$name-nginx-sendfile-off
cp "$OUT" "$BENCH/results/$name.md"
cp "$WORK/wrk.txt" "$BENCH/results/$name-wrk.txt"
echo
cat "$OUT"
