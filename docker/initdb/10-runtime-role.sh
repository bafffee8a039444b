#!/bin/sh
# Runs once, when the database volume is created: the rows-only role the application runs as. The owner
# (POSTGRES_USER) migrates; SMR Desk grants smr_app its rights after every migration.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role smr_app login password '${SMR_DB_APP_PASSWORD}';
SQL
