#!/usr/bin/env bash
# Restores a backup made by backup.sh (pg_dump -Fc) into a NEW, EMPTY database, and refuses any other.
# Usage: PGHOST=db PGPORT=5432 PGUSER=<owner of the new database> PGPASSWORD=... deploy/backup/restore.sh <backup file> <database>
#   createdb -O smrdesk smrdesk_restored   # first, as a superuser
# Objects come to belong to PGUSER (--no-owner) and no grants are restored (--no-acl): SMR Desk grants its runtime
# role its rows at start-up. Then start SMR Desk on the database: it validates the schema and re-applies the erasure
# ledger, so people erased after the backup was taken stay erased.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "Usage: $0 <backup file> <database>" >&2
  exit 64
fi
file="$1"
database="$2"
bin="${PG_BIN:+$PG_BIN/}"
objects=$("${bin}psql" -X -A -t -v ON_ERROR_STOP=1 -d "$database" -c "
  select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
    and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')")
if [ "$objects" != "0" ]; then
  echo "Refusing to restore into $database: it is not empty ($objects tables, views or sequences). Restore into a new, empty database." >&2
  exit 2
fi
"${bin}pg_restore" --exit-on-error --single-transaction --no-owner --no-acl --dbname="$database" "$file"
echo "Restored $file into $database. Start SMR Desk on it."
