"""The prepare-stage throughput bench (bench/prepare_stage.py) on tiny inputs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from prepare_stage import build_articles, main, read_texts  # noqa: E402


def test_builds_articles_of_the_requested_length(tmp_path: Path) -> None:
    path = tmp_path / "texts.jsonl"
    rows = [{"lang": "en", "text": "The envoy met the minister on Monday in Rabat."},
            {"lang": "fr", "text": "L'envoyé a rencontré le ministre lundi à Rabat."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n{}\n", encoding="utf-8")
    by_lang = read_texts([path])
    assert sorted(by_lang) == ["en", "fr"]
    articles = build_articles(by_lang, per_lang=3, words=50)
    assert len(articles) == 6
    assert all(len(a.split()) >= 50 for a in articles)


def test_command_reports_rates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "texts.jsonl"
    path.write_text(json.dumps({"lang": "en", "text": "The envoy met the minister."}) + "\n",
                    encoding="utf-8")
    assert main([str(path), "--per-lang", "20", "--words", "30", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "20 articles" in out and "articles/s wall clock" in out
    assert main([str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
