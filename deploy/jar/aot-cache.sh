#!/usr/bin/env bash
# Faster start-up on Java 25 or newer: unpack the packaged jar and record an ahead-of-time cache (JEP 483, 514, 515:
# classes loaded and linked, method profiles) from a training run that starts SMR Desk up to its refreshed context and
# exits. Later starts with the cache take about half the time (docs/benchmarks.md, "Session 9").
#
#   deploy/jar/aot-cache.sh target/smr-desk-0.1.0-SNAPSHOT.jar /opt/smr-desk
#
# The training run connects to the database like a real start (set SMR_DB_URL, SMR_DB_USER, ... as for the service,
# and SPRING_PROFILES_ACTIVE if you use profiles): it migrates the schema if needed and reads nothing else. Run it again
# after every upgrade of the jar or of the Java runtime: a cache made by another jar or JVM is refused (the JVM says so
# on standard output and starts without it). JAVA_OPTS are passed to the training run; pass the same ones to the service.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <smr-desk jar> <directory to unpack it into>" >&2
  exit 2
fi
jar=$(readlink -f "$1")
dir=$2
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
feature=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${feature%%.*}" -lt 25 ]; then
  echo "$java_bin is Java $feature; the AOT cache needs Java 25 or newer (JAVA_HOME selects another runtime)" >&2
  exit 1
fi
"$java_bin" -Djarmode=tools -jar "$jar" extract --force --destination "$dir"
cd "$dir"
name=$(basename "$jar")
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
"$java_bin" ${JAVA_OPTS:-} -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$name"
echo
echo "AOT cache written: $dir/app.aot. Start SMR Desk with it (from $dir, with the same runtime and options):"
echo "  $java_bin ${JAVA_OPTS:-} -XX:AOTCache=app.aot -jar $name"
