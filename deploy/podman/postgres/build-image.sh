#!/usr/bin/env bash
# A PostgreSQL 17 image for docker-compose.yml where no container registry is reachable but Debian's archive is (as on
# the development machine): Debian 13 (trixie) with its postgresql-17 package, laid down by debootstrap and imported
# into podman as localhost/smr-postgres:17. Then:
#   SMR_POSTGRES_IMAGE=localhost/smr-postgres:17 podman-compose up
# With a registry use the official image (the compose file's default, postgres:17-alpine) instead.
# Needs root, debootstrap and podman; takes a few minutes and about 300 MB.
set -euo pipefail
cd "$(dirname "$0")"
root="${SMR_POSTGRES_ROOTFS:-/var/tmp/smr-postgres-rootfs}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
if [ ! -x "$root/usr/lib/postgresql/17/bin/postgres" ]; then
  rm -rf "$root"
  debootstrap --variant=minbase --include=postgresql-17,ca-certificates trixie "$root" "$mirror"
fi
# the package's own cluster is not used: the entrypoint makes one in $PGDATA on first start
rm -rf "$root/var/lib/postgresql/17" "$root/etc/postgresql/17" "$root/var/cache/apt/archives/"*.deb
install -m 755 entrypoint.sh "$root/usr/local/bin/docker-entrypoint.sh"
mkdir -p "$root/docker-entrypoint-initdb.d"
tar -C "$root" -c . | podman import \
  --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
  --change 'ENV PATH=/usr/lib/postgresql/17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV PGDATA=/var/lib/postgresql/data' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'EXPOSE 5432' \
  --change 'STOPSIGNAL SIGINT' \
  - localhost/smr-postgres:17
