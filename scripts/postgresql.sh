#!/usr/bin/env bash
# Makes sure a local PostgreSQL server runs with the role and database the integration tests use.
# Idempotent: installs the Debian package only when missing, starts the cluster only when down.
set -euo pipefail

DB_USER=${HUB_IT_PG_USER:-hub}
DB_PASSWORD=${HUB_IT_PG_PASSWORD:-hub}
DB_NAME=${HUB_IT_PG_DB:-hub_test}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  as_root pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  as_root pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -c \"$1\""; }
if [ "$(psql_admin "select 1 from pg_roles where rolname = '$DB_USER'")" != "1" ]; then
  psql_admin "create role $DB_USER login password '$DB_PASSWORD'"
fi
if [ "$(psql_admin "select 1 from pg_database where datname = '$DB_NAME'")" != "1" ]; then
  psql_admin "create database $DB_NAME owner $DB_USER"
fi
echo "PostgreSQL $version ready: database $DB_NAME, role $DB_USER"
