#!/usr/bin/env bash
# Set up, then run the test suite (SQLite and PostgreSQL) and print the development-set scores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The store suite runs against PostgreSQL too: start the local server if it is installed but down.
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  fi
fi
.venv/bin/ruff check src tests bench
.venv/bin/python -m pytest "$@"
# The development-set report (a report, not a threshold).
gold_dir="../shared/gold/dev"
if [ -d "$gold_dir" ]; then
  echo "== development set: event coding scores =="
  .venv/bin/wirewatch eval "$gold_dir"/*.jsonl || echo "(evaluation report failed)"
fi
