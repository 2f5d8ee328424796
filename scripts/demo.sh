#!/usr/bin/env bash
# Set up, then run the whole pipeline over the bundled samples into a SQLite file and summarise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/wirewatch demo --db "${WIREWATCH_DB:-wirewatch-demo.db}"
