#!/usr/bin/env bash
# On demand (not in .ci/run): start-up time and resident memory of the packaged jar, against issue 10's budgets
# (start-up <= 10 s on the large dataset; resident memory <= 700 MB under load with -Xmx512m).
#
#   createdb -h 127.0.0.1 -U postgres smr_large     # generated on the first start (README, "Performance")
#   SMR_DB_URL=jdbc:postgresql://127.0.0.1:5432/smr_large SMR_DB_USER=postgres \
#     deploy/jar/start-up-benchmark.sh target/smr-desk-0.1.0-SNAPSHOT.jar
#
# It unpacks the jar (as the image runs it: no nested jars) and starts it RUNS times (3), then once more under load:
# signed in as the demo lead, wrk -t2 -c16 for LOAD_SECONDS (8) on each of eight pages, first with the page cache on
# (the default), then off (every view rendered, the most garbage). On Java 25 or newer it does all of it twice: without
# and with an AOT cache recorded by deploy/jar/aot-cache.sh. Writes target/benchmarks/start-up.md.
# Settings: JAVA_HOME (the runtime), JAVA_OPTS (default: the README's flags), SPRING_PROFILES_ACTIVE (demo,large),
# RUNS, LOAD_SECONDS, PORT (18080). Needs curl and wrk.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 <smr-desk jar>" >&2
  exit 2
fi
: "${SMR_DB_URL:?set SMR_DB_URL (and SMR_DB_USER) to the database to start on, e.g. the large dataset}"
jar=$(readlink -f "$1")
cd "$(dirname "$0")/../.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
runs=${RUNS:-3}
load_seconds=${LOAD_SECONDS:-8}
port=${PORT:-18080}
opts=${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MetaspaceSize=192m}
export SPRING_PROFILES_ACTIVE=${SPRING_PROFILES_ACTIVE:-demo,large} SERVER_PORT=$port
out=target/benchmarks
work=$out/start-up
mkdir -p "$out"
name=$(basename "$jar")
feature=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
base=http://127.0.0.1:$port
pages="/ /activities /incidents /monitoring/mentions /contacts /users /audit /policies"
pid=
started=

stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap stop EXIT

# start <log> <extra options...>: starts the unpacked jar (pid), waits for "Started", keeps the seconds it logged (started)
start() {
  local log=$1
  shift
  # shellcheck disable=SC2086 # opts holds several options
  (cd "$work" && exec "$java_bin" $opts "$@" -jar "$name") >"$log" 2>&1 &
  pid=$!
  until grep -q 'Started SmrApplication in' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "SMR Desk did not start; see $log" >&2
      exit 1
    fi
    sleep 0.2
  done
  started=$(grep -o 'Started SmrApplication in [0-9.]*' "$log" | awk '{print $4}')
}

cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat"; }
rss_mb() { awk -v f="$1" '$1 == f":" {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }

sign_in() {
  local jar_cookies csrf
  jar_cookies=$(mktemp)
  csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' \
    | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null --data-urlencode "username=lead@example.com" \
    --data-urlencode "password=smrdesk-demo" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_cookies"
  rm -f "$jar_cookies"
}

# load <label> <extra options...>: one start, eight pages under wrk, one table row with VmHWM at the end
load() {
  local label=$1 cookie row p99 rate
  shift
  start "$work/load.log" "$@"
  cookie=$(sign_in)
  row="| $label"
  for page in $pages; do
    read -r p99 rate < <(wrk -t2 -c16 -d"${load_seconds}s" --latency -H "Cookie: $cookie" "$base$page" \
      | awk '/^ +99%/ {p = $2} /Requests\/sec/ {r = $2} END {print p, r}')
    row="$row | $rate ($p99)"
  done
  echo "$row | $(rss_mb VmHWM) |" >>"$report"
  stop
}

report=$out/start-up.md
{
  echo "# Start-up and resident memory, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Jar \`$name\`, Java $("$java_bin" -version 2>&1 | head -1), options \`$opts\`, profiles \`$SPRING_PROFILES_ACTIVE\`,"
  echo "database \`$SMR_DB_URL\`, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} >"$report"

modes="plain"
if [ "${feature%%.*}" -ge 25 ]; then modes="plain aot"; fi
for mode in $modes; do
  rm -rf "$work"
  if [ "$mode" = aot ]; then
    JAVA_OPTS="$opts" deploy/jar/aot-cache.sh "$jar" "$work" >"$out/aot-training.log" 2>&1
    extra=(-XX:AOTCache=app.aot)
  else
    "$java_bin" -Djarmode=tools -jar "$jar" extract --force --destination "$work" >/dev/null
    extra=()
  fi
  {
    echo "## $([ "$mode" = aot ] && echo 'With an AOT cache (deploy/jar/aot-cache.sh)' || echo 'Without an AOT cache')"
    echo
    echo "| start | \"Started SmrApplication in\" (s) | JVM CPU until then (s) | resident memory after start-up (MB) | load average before |"
    echo "| --- | ---: | ---: | ---: | --- |"
  } >>"$report"
  for run in $(seq 1 "$runs"); do
    sleep 5 # let the previous run's exit settle
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    start "$work/start-$run.log" "${extra[@]}"
    echo "| $run | $started | $(cpu_seconds) | $(rss_mb VmRSS) | $load_before |" >>"$report"
    stop
  done
  {
    echo
    echo "Under load: requests/s (p99) per page, wrk -t2 -c16 for ${load_seconds} s each, signed in as the lead; peak resident memory (VmHWM) at the end."
    echo
    echo -n "| page cache"
    for page in $pages; do echo -n " | \`$page\`"; done
    echo " | peak resident memory (MB) |"
    echo -n "| ---"
    for _ in $pages; do echo -n " | ---:"; done
    echo " | ---: |"
  } >>"$report"
  load "on (default)" "${extra[@]}"
  load "off (every view rendered)" "${extra[@]}" -Dsmr.page-cache.enabled=false
  echo >>"$report"
done
cat "$report"
