"""The package's YAML files read the same with the fast loader as with the pure-Python one."""

from __future__ import annotations

import io
from pathlib import Path

import yaml

from wirewatch.yamlfiles import load_yaml

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wirewatch"


def test_every_shipped_yaml_file_reads_as_the_safe_loader_reads_it() -> None:
    files = sorted(PACKAGE.rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path


def test_open_files_and_texts_alike() -> None:
    text = "en:\n  - {p: 'a\\\\b', sector: GOV}\nn: 3\n"
    assert load_yaml(io.StringIO(text)) == load_yaml(text) == {"en": [{"p": r"a\\b", "sector": "GOV"}], "n": 3}
