#!/usr/bin/env bash
# Backs up or restores the hub's database (README, "Operations: backup and restore").
#   scripts/backup.sh backup FILE    write a backup of the database into FILE
#   scripts/backup.sh restore FILE   load FILE into an empty database
# The engine and database are those the hub uses, from the same environment variables:
#   HUB_DB_URL unset or jdbc:h2:...   the embedded H2 database under HUB_DATA_DIR (default ./data);
#                                     FILE is a gzipped SQL script (H2's SCRIPT / RunScript)
#   HUB_DB_URL=jdbc:postgresql://...  FILE is a pg_dump archive (custom format)
#   HUB_DB_USER, HUB_DB_PASSWORD      credentials (default hub / hub)
# The search index is not backed up: the hub checks it against the database on every start and
# rebuilds or repairs it from there.
set -euo pipefail

usage() { echo "usage: $0 backup|restore FILE" >&2; exit 2; }
fail() { echo "$*" >&2; exit 1; }
[ $# -eq 2 ] || usage
action=$1
file=$(realpath -m "$2")
data_dir=$(realpath -m "${HUB_DATA_DIR:-data}")
user=${HUB_DB_USER:-hub}
password=${HUB_DB_PASSWORD:-hub}
url=${HUB_DB_URL:-jdbc:h2:file:$data_dir/db/hub}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

h2() { # runs one of H2's tools with the H2 jar the hub is packaged with
  local war="$root/webapp/target/hub.war"
  [ -f "$war" ] || fail "$war not found: build the hub first (./hub run builds it)"
  [ -n "$(ls "$work"/h2-*.jar 2>/dev/null)" ] || unzip -q -j -d "$work" "$war" 'WEB-INF/lib/h2-*.jar'
  java -cp "$(ls "$work"/h2-*.jar)" "$@"
}

without_chunk_moves() { # as the hub opens it: H2 never moves chunks inside the file (see README)
  local u=$1
  [[ ${u^^} == *";AUTO_COMPACT_FILL_RATE="* ]] || u="$u;AUTO_COMPACT_FILL_RATE=0"
  [[ ${u^^} == *";MAX_COMPACT_TIME="* ]] || u="$u;MAX_COMPACT_TIME=0"
  echo "$u"
}

postgresql_target() { # libpq form of the JDBC URL, without JDBC-only parameters
  local rest=${url#jdbc:postgresql://}
  echo "postgresql://${rest%%\?*}"
}

case "$action:$url" in
  backup:jdbc:h2:*)
    # through the hub's own database when it runs with AUTO_SERVER=TRUE; otherwise the hub must
    # be stopped, as only one process may open the file. Under SNAPSHOT isolation the SCRIPT
    # statement reads every table as of one moment, however the hub keeps writing.
    echo "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT;
      SCRIPT TO '${file//\'/\'\'}' COMPRESSION GZIP;" >"$work/backup.sql"
    h2 org.h2.tools.RunScript -url "$(without_chunk_moves "$url")" -user "$user" \
      -password "$password" -script "$work/backup.sql" ||
      fail "backup failed; with the embedded database, stop the hub first"
    ;;
  restore:jdbc:h2:*)
    db_file="${url#jdbc:h2:file:}"
    db_file="${db_file%%;*}.mv.db"
    [ ! -e "$db_file" ] || fail "$db_file exists: restore into an empty data directory"
    echo "RUNSCRIPT FROM '${file//\'/\'\'}' COMPRESSION GZIP;" >"$work/restore.sql"
    h2 org.h2.tools.RunScript -url "$(without_chunk_moves "$url")" -user "$user" \
      -password "$password" -script "$work/restore.sql"
    ;;
  backup:jdbc:postgresql:*)
    # pg_dump reads one snapshot: consistent while the hub keeps writing
    PGPASSWORD=$password pg_dump --format=custom --no-owner --no-privileges \
      --username="$user" --file="$file" "$(postgresql_target)"
    ;;
  restore:jdbc:postgresql:*)
    PGPASSWORD=$password pg_restore --no-owner --no-privileges --exit-on-error \
      --single-transaction --username="$user" --dbname="$(postgresql_target)" "$file"
    ;;
  *) usage ;;
esac
echo "${action^} done: $file"
