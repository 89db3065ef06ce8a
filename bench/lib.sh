# Shared helpers for bench/run.sh and bench/soak.sh (sourced, not run).
# Everything runs on 127.0.0.1; every process started here is recorded in PIDS and ended on exit.

PIDS=()
WORK=$(mktemp -d /tmp/guide-bench.XXXXXX)
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        { kill "$pid" && wait "$pid"; } 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# nginx and wrk come from Debian packages; install them if this machine lacks them.
ensure_tools() {
    local missing=()
    command -v nginx >/dev/null || missing+=(nginx)
    command -v wrk >/dev/null || missing+=(wrk)
    command -v curl >/dev/null || missing+=(curl)
    ((${#missing[@]})) || return 0
    log "installing ${missing[*]}"
    local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Publishes the app in Release with the project's one publish command; sets APP_DIR.
publish_app() {
    APP_DIR=$WORK/app
    log "publishing to $APP_DIR"
    "$REPO/scripts/publish.sh" "$APP_DIR" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log" >&2; return 1; }
}

# A loopback port nobody listens on, from $1 upwards.
free_port() {
    local p=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

# start_app PORT LOGFILE: starts the published app like a container does (Production, JSON log lines on
# stdout, here redirected to LOGFILE); sets APP_PID (the app itself: exec, no wrapper shell).
start_app() {
    (cd "$APP_DIR" && exec ./LinkedInOptOutGuide --urls "http://127.0.0.1:$1") >"$2" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
}

stop_pid() {
    kill "$1" 2>/dev/null; wait "$1" 2>/dev/null || true
    local keep=() pid
    for pid in "${PIDS[@]}"; do [ "$pid" = "$1" ] || keep+=("$pid"); done
    PIDS=("${keep[@]}")
}

# wait_200 URL [seconds]: polls until URL answers 200.
wait_200() {
    local deadline=$((SECONDS + ${2:-30}))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$1")" = 200 ]; do
        ((SECONDS < deadline)) || { log "no 200 from $1"; return 1; }
    done
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
