"""Sample reports bundled with wirewatch, written for the project (see README.md here)."""

from __future__ import annotations

from pathlib import Path


def samples_path() -> Path:
    """The directory holding the bundled sample reports (JSONL)."""
    return Path(__file__).resolve().parent / "data"
