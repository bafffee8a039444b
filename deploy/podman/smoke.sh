#!/usr/bin/env bash
# Runs the SMR Desk image under podman as production would, and checks what an operator relies on:
#   - two containers (two nodes) started at once on one new, empty PostgreSQL database, migrated by the owner role,
#     the application running as the rows-only role;
#   - each container: non-root (uid 10001), read-only root filesystem, no capabilities, memory limited (--memory), the
#     JVM's heap 60 % of that limit (-XX:MaxRAMPercentage=60), liveness/readiness UP, the image's health check passes;
#   - a session started on node 1 works on node 2 (sessions in the database);
#   - the metrics endpoint shows the job, mail and webhook metrics to the LEAD;
#   - podman stop (SIGTERM) shuts a node down gracefully.
# Needs: podman, psql, curl, a PostgreSQL where PGUSER may create roles and databases, and the image tarball
# (./mvnw -Pimage package, or ./mvnw -Pimage,local-runtime package where no registry is reachable).
#
#   deploy/podman/smoke.sh [target/smr-desk-image.tar]
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres, a superuser; the password from PGPASSWORD
# or ~/.pgpass), SMR_SMOKE_MEMORY (1g), SMR_SMOKE_PORTS ("18081 18082"), SMR_SMOKE_KEEP=1 keeps the containers and the
# database. The containers use the host's network (they reach PostgreSQL where psql does). Everything it creates is
# named smr_smoke_*/smr-smoke-* and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
tarball="${1:-target/smr-desk-image.tar}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
memory="${SMR_SMOKE_MEMORY:-1g}"
read -r -a ports <<< "${SMR_SMOKE_PORTS:-18081 18082}"
# runc and the host's limits where podman's defaults do not work (see the file); an ordinary host needs none of it
export CONTAINERS_CONF="${CONTAINERS_CONF:-$PWD/deploy/podman/containers.conf}"
suffix="$(date +%s)"
db="smr_smoke_$suffix"
owner="smr_smoke_owner_$suffix"
app="smr_smoke_app_$suffix"
owner_password="owner-$RANDOM$RANDOM"
app_password="app-$RANDOM$RANDOM"
admin_email="lead@smoke.example"
admin_password="a long smoke-test passphrase"
names=()
failures=0

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

cleanup() {
  if [ "${SMR_SMOKE_KEEP:-0}" = 1 ]; then
    echo "kept: containers ${names[*]:-none}, database $db (roles $owner, $app)"
    return
  fi
  for name in "${names[@]}"; do podman rm -f "$name" > /dev/null 2>&1 || true; done
  psql -qX -d postgres -c "drop database if exists $db" -c "drop role if exists $app" \
    -c "drop role if exists $owner" > /dev/null 2>&1 || true
}
trap cleanup EXIT

step "podman $(podman version --format '{{.Client.Version}}'), runtime $(podman info --format '{{.Host.OCIRuntime.Name}}'), cgroups $(podman info --format '{{.Host.CgroupsVersion}}')"
image=$(podman load -q -i "$tarball" | sed -n 's/^Loaded image.*: //p' | tail -1)
echo "image $image"

step "a new database $db on $PGHOST:$PGPORT, owner $owner (migrates), runtime role $app (rows only)"
psql -qX -v ON_ERROR_STOP=1 -d postgres \
  -c "create role $owner login password '$owner_password'" \
  -c "create role $app login password '$app_password'" \
  -c "create database $db owner $owner"

step "two nodes started at once on the empty database (memory limit $memory each)"
start_time=$(date +%s)
# the image has no shell: the health check in exec form (a JSON array); podman runs a plain string under /bin/sh
for i in "${!ports[@]}"; do
  port="${ports[$i]}"
  name="smr-smoke-$suffix-$((i + 1))"
  names+=("$name")
  podman run -d --name "$name" --network host --memory "$memory" \
    --read-only --tmpfs /tmp:rw,size=64m --cap-drop ALL --security-opt no-new-privileges \
    --health-cmd "[\"java\", \"-cp\", \"/app/classes\", \"org.smrdesk.HealthCheck\", \"http://127.0.0.1:$port/actuator/health/readiness\"]" \
    --health-interval disable \
    -e SERVER_PORT="$port" \
    -e SMR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" -e SMR_DB_USER="$app" -e SMR_DB_PASSWORD="$app_password" \
    -e SMR_DB_MIGRATE_USER="$owner" -e SMR_DB_MIGRATE_PASSWORD="$owner_password" \
    -e SMR_PUBLIC_URL="http://localhost:$port" \
    -e SMR_ADMIN_EMAIL="$admin_email" -e SMR_ADMIN_PASSWORD="$admin_password" \
    "$image" > /dev/null
  echo "$name on port $port"
done
for i in "${!ports[@]}"; do
  port="${ports[$i]}"
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2> /dev/null; then break; fi
    if [ "$(podman inspect -f '{{.State.Running}}' "${names[$i]}")" != true ]; then
      podman logs --tail 30 "${names[$i]}"
      fail "${names[$i]} stopped during start-up"
      exit 1
    fi
    sleep 2
  done
  echo "${names[$i]}: $(podman logs "${names[$i]}" 2>&1 | grep -o 'Started SmrApplication in [0-9.]* seconds' || echo 'not started')"
done
echo "both ready $(( $(date +%s) - start_time )) s after the first start (load average: $(cut -d' ' -f1-3 /proc/loadavg))"

step "each node"
for i in "${!ports[@]}"; do
  name="${names[$i]}"
  port="${ports[$i]}"
  for group in liveness readiness; do
    body=$(curl -s "http://127.0.0.1:$port/actuator/health/$group")
    check "$name $group: $body" test "$body" = '{"status":"UP"}'
  done
  check "$name health check (podman healthcheck run)" podman healthcheck run "$name"
  pid=$(podman inspect -f '{{.State.Pid}}' "$name")
  uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
  check "$name runs as uid $uid (not root)" test "$uid" = 10001
  limit=$(podman inspect -f '{{.HostConfig.Memory}}' "$name")
  heap=$(podman exec "$name" java -XX:MaxRAMPercentage=60 -XX:+PrintFlagsFinal -version 2> /dev/null \
    | awk '$2 == "MaxHeapSize" {print $4}')
  check "$name heap $heap of a $limit limit (60 %)" test "$heap" -ge $((limit * 55 / 100)) -a "$heap" -le $((limit * 65 / 100))
  check "$name root filesystem read-only" \
    test "$(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$name")" = true
  rss=$(podman stats --no-stream --format '{{.MemUsage}}' "$name")
  echo "     $name memory: $rss"
done

step "one session across both nodes, metrics for the LEAD"
jar=$(mktemp)
login="http://127.0.0.1:${ports[0]}/login"
csrf=$(curl -s -c "$jar" -b "$jar" "$login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
signed_in=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$admin_email" \
  --data-urlencode "password=$admin_password" --data-urlencode "_csrf=$csrf" "$login")
check "signed in on node 1 ($signed_in)" test "${signed_in%% *}" = 302 -a "${signed_in##*/}" = ""
home=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:${ports[1]}/")
check "the same session on node 2 (home page $home)" test "$home" = 200
metrics=$(curl -s -b "$jar" "http://127.0.0.1:${ports[1]}/actuator/prometheus")
for metric in smr_jobs_runs_seconds_count smr_mail_outbox smr_mail_sends_total smr_webhooks_queued \
  smr_webhooks_deliveries_total smr_monitoring_sources; do
  check "node 2 metrics: $metric" grep -q "^$metric" <<< "$metrics"
done
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[1]}/actuator/prometheus")
check "metrics refused without sign-in ($anonymous)" test "$anonymous" != 200
rm -f "$jar"
migrations=$(psql -qAtX -d "$db" -c "select count(*) || ' applied, ' || count(distinct version) || ' versions' from flyway_schema_history where success and version is not null")
echo "     migration history: $migrations"

step "graceful shutdown (podman stop: SIGTERM)"
last="${names[${#names[@]}-1]}"
podman stop -t 40 "$last" > /dev/null
log=$(podman logs "$last" 2>&1)
check "$last: 'Commencing graceful shutdown'" grep -q 'Commencing graceful shutdown' <<< "$log"
check "$last: 'Graceful shutdown complete'" grep -q 'Graceful shutdown complete' <<< "$log"
echo "     exit code $(podman inspect -f '{{.State.ExitCode}}' "$last") (143: the JVM ended on SIGTERM)"

step "result"
if [ "$failures" -eq 0 ]; then echo "all checks passed"; else echo "$failures check(s) failed"; exit 1; fi
