#!/usr/bin/env bash
# A consistent backup of a running SMR Desk database (one snapshot, writes go on): pg_dump's custom format.
# Usage: PGHOST=db PGPORT=5432 PGUSER=smrdesk PGPASSWORD=... deploy/backup/backup.sh smrdesk /backups/smrdesk-$(date +%F).dump
# PG_BIN may name the directory of pg_dump (it must be as new as the server). Keep the erasure ledger file
# (smr.privacy.erasure-ledger) beside the backups, but never restore it from a backup: it is the newer truth.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "Usage: $0 <database> <backup file>" >&2
  exit 64
fi
database="$1"
file="$2"
bin="${PG_BIN:+$PG_BIN/}"
"${bin}pg_dump" --format=custom --compress=6 --file="$file" "$database"
echo "Backed up $database to $file ($(stat -c %s "$file") bytes)"
