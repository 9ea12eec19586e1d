#!/usr/bin/env bash
# Makes sure PostgreSQL server binaries exist for the test suites (test/support/postgres.ts starts
# its own throwaway clusters from /usr/lib/postgresql/<version>/bin). Installs Debian's package if
# they are missing, and stops any system cluster the package starts: tests never use it.
set -euo pipefail

have_binaries() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null
}

if have_binaries; then
  echo "ensure-postgres: found $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
else
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-postgres: PostgreSQL binaries missing and not root: run 'apt-get install -y postgresql' as root" >&2
    exit 1
  fi
  echo "ensure-postgres: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  have_binaries || { echo "ensure-postgres: install finished but initdb/pg_ctl not found" >&2; exit 1; }
fi

# The package creates a "main" cluster and may start it on 5432; tests start their own on free ports.
if command -v pg_lsclusters >/dev/null; then
  pg_lsclusters --no-header 2>/dev/null | while read -r version name _port status _rest; do
    if [ "$status" = "online" ]; then
      echo "ensure-postgres: stopping system cluster $version/$name (not used by tests)"
      pg_ctlcluster "$version" "$name" stop || true
    fi
  done
fi
