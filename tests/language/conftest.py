from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def shared_jsonl(relative: str) -> list[dict]:
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"{relative} not available")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def seed_fr() -> dict:
    for row in shared_jsonl("seeds/seeds.jsonl"):
        if row.get("id") == "seed-fr-demistura":
            return row
    pytest.skip("seed-fr-demistura not in seeds.jsonl")
