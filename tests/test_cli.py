"""The command line end to end: ingest, code, query, export, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirewatch.cli import app
from wirewatch.samples import samples_path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = SHARED / "seeds" / "seeds.jsonl"

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "samples.db")
    result = invoke("ingest", str(samples_path()), "--db", db)
    assert result.exit_code == 0, result.output
    return db


def test_help_and_usage_errors() -> None:
    assert invoke("--help").exit_code == 0
    assert runner.invoke(app, ["no-such-command"]).exit_code == 2
    assert runner.invoke(app, ["events", "--type", "NOT_A_TYPE", "--db", ":memory:"]).exit_code == 2
    assert runner.invoke(app, ["ingest"]).exit_code == 2


def test_ingest_reports_counts_and_is_idempotent(sample_db: str) -> None:
    again = invoke("ingest", str(samples_path()), "--db", sample_db, "--json")
    assert again.exit_code == 0, again.output
    summary = json.loads(again.stdout)
    assert summary["read"] > 0
    assert summary["inserted"] == 0
    assert summary["duplicates"] == summary["read"]


def test_ingest_bad_input_exits_1_and_keeps_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g1", "lang": "en", "text": "The minister met the envoy in Rabat."}) + "\n",
                    encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = str(tmp_path / "x.db")
    result = runner.invoke(app, ["ingest", str(empty), str(good), "--db", db, "--no-code"])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "Traceback" not in result.output
    listed = invoke("articles", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["id"] for line in listed.stdout.splitlines()] == ["g1"]


def test_missing_input_is_reported_not_raised(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "y.db")])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_code_reads_stdin_and_writes_plover_jsonl() -> None:
    lines = (samples_path() / "samples.jsonl").read_text(encoding="utf-8")
    result = invoke("code", input=lines)
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events, "the samples hold codable events"
    ids = {json.loads(line)["id"] for line in lines.splitlines()}
    for event in events:
        assert event["article_id"] in ids
        assert event["event"]
        assert isinstance(event["actor"], list)


def test_code_skips_bad_lines_with_exit_1() -> None:
    text = "not json\n" + json.dumps({"id": "x"}) + "\n" + json.dumps(
        {"id": "ok", "lang": "en", "text": "Russia condemned the attack on Kyiv."}) + "\n"
    result = runner.invoke(app, ["code"], input=text)
    assert result.exit_code == 1
    assert "line 1" in result.stderr and "line 2" in result.stderr


@pytest.mark.skipif(not SEEDS.is_file(), reason="shared seeds not present")
def test_code_on_the_seed_reports_prints_events() -> None:
    result = invoke("code", input=SEEDS.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["article_id"] for e in events} == {"seed-en-hespress", "seed-fr-demistura"}


def test_events_formats(sample_db: str, tmp_path: Path) -> None:
    as_jsonl = invoke("events", "--db", sample_db, "--format", "jsonl")
    assert as_jsonl.exit_code == 0
    rows = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert rows
    as_csv = invoke("events", "--db", sample_db, "--format", "csv")
    parsed = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(parsed) == len(rows)
    target = tmp_path / "events.parquet"
    assert invoke("events", "--db", sample_db, "--format", "parquet", "--output", str(target)).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(target).num_rows == len(rows)
    assert runner.invoke(app, ["events", "--db", sample_db, "--format", "parquet"]).exit_code == 2


def test_events_filters(sample_db: str) -> None:
    consult = invoke("events", "--db", sample_db, "--type", "consult", "--format", "jsonl")
    types = {json.loads(line)["event"] for line in consult.stdout.splitlines()}
    assert types <= {"CONSULT"}
    rus = invoke("events", "--db", sample_db, "--country", "RUS", "--format", "jsonl")
    for line in rus.stdout.splitlines():
        event = json.loads(line)
        codes = {e["code"] for e in event["actor"] + event["recipient"]}
        assert "RUS" in codes


def test_search_across_scripts(sample_db: str) -> None:
    result = invoke("search", "موسكو", "--db", sample_db, "--json")
    assert result.exit_code == 0
    assert any(json.loads(line)["lang"] == "ar" for line in result.stdout.splitlines())
    assert runner.invoke(app, ["search", "  ", "--db", sample_db]).exit_code == 2


def test_stats_json(sample_db: str) -> None:
    result = invoke("stats", "--db", sample_db, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_export(sample_db: str, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out.{suffix}"
    result = invoke("export", "--db", sample_db, "--output", str(target))
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0
    unknown = runner.invoke(app, ["export", "--db", sample_db, "--output", str(tmp_path / "out.xyz")])
    assert unknown.exit_code == 2


def test_bad_store_target_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "missing-dir" / "sub" / "x.db")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_demo_runs(tmp_path: Path) -> None:
    result = invoke("demo", "--db", str(tmp_path / "demo.db"))
    assert result.exit_code == 0, result.output
    assert "events found" in result.stdout
