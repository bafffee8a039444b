#!/usr/bin/env bash
# For building the image where no registry can be reached (./mvnw -Pimage,local-runtime package): a base made from
# this machine instead of a pulled one. jlink cuts a Java runtime from the local JDK (17 or newer) and the shared
# libraries it needs are copied from the host, into target/image-root/, which Jib lays on an empty (scratch) base.
# The result runs where the host's C library runs (glibc, x86-64 Linux here). With network access prefer the
# default base (eclipse-temurin, security updates by its publisher).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=target/image-root
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
rm -rf "$root"
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/lib64" "$root/app"
"$java_home/bin/jlink" --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,\
jdk.charsets,jdk.localedata \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"
# the runtime's certificates may be a link to the host's store: keep the file itself
if [ -L "$root/opt/java/lib/security/cacerts" ]; then
  cp --remove-destination "$(readlink -f "$root/opt/java/lib/security/cacerts")" "$root/opt/java/lib/security/cacerts"
fi
# the shared libraries of the runtime (and theirs), as on the host, plus the dynamic loader
libs=$(find "$root/opt/java" -name '*.so' -o -path '*/bin/*' -type f | xargs ldd 2>/dev/null \
  | awk '/=> \// {print $3}' | sort -u)
for lib in $libs /lib64/ld-linux-x86-64.so.2; do
  real=$(readlink -f "$lib")
  mkdir -p "$root$(dirname "$lib")"
  cp "$real" "$root$lib"
done
# a user for uid 10001 and the name service basics
printf 'root:x:0:0:root:/root:/sbin/nologin\nsmr:x:10001:10001:SMR Desk:/tmp:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nsmr:x:10001:\n' > "$root/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
chmod 1777 "$root/tmp"
echo "Runtime for the image in $root ($(du -sh "$root" | cut -f1))"
