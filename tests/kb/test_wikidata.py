from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest

from wirewatch.kb import load_kb
from wirewatch.kb.wikidata import WikidataImportError, import_dump, iter_entities, wikidata_time

SAMPLE = Path(__file__).parent / "data" / "wikidata_sample.json"


def _read(path: Path) -> dict[str, dict]:
    return {e["id"]: e for e in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_import_sample_filters_and_maps(tmp_path):
    out = tmp_path / "wd.jsonl"
    assert import_dump(SAMPLE, out) == 2
    entries = _read(out)
    person = entries["Q990000001"]
    assert person["kind"] == "PER" and person["country"] == "MAR" and person["sector"] == "GOV"
    assert person["names"]["ar"] == ["أمينة تست بنيحيى"]
    assert "Amina Benyahia" in person["names"]["fr"]
    assert [(r["label"], r["start"], r["end"]) for r in person["roles"]] == [
        ("Q990000090", "2019-03-01", "2023"), ("Q990000091", "2023-06", None)]
    org = entries["Q990000003"]
    assert org["kind"] == "ORG" and org["country"] == "MLI"
    assert "Q990000002" not in entries  # a person without positions
    assert "Q990000004" not in entries  # no name in en/fr/ar


@pytest.mark.parametrize("opener", [gzip.open, bz2.open])
def test_compressed_dumps(tmp_path, opener):
    suffix = ".gz" if opener is gzip.open else ".bz2"
    packed = tmp_path / f"dump.json{suffix}"
    with opener(packed, "wb") as fh:
        fh.write(SAMPLE.read_bytes())
    assert import_dump(packed, tmp_path / "out.jsonl") == 2


def test_positions_filter_and_yaml_output(tmp_path):
    out = tmp_path / "wd.yaml"
    count = import_dump(SAMPLE, out, languages=("fr",), filter=lambda e: e["id"].endswith("1"),
                        positions={"Q990000091": ("foreign_minister", "MAR")})
    assert count == 1
    kb = load_kb([out], include_user=False)
    holder = kb.holder_of("foreign_minister", "MAR", "2024-01-01")
    # the imported role competes with the shipped minister: both are found for that date
    assert holder is not None
    names = {a.name for a in kb.holders("foreign_minister", "MAR", "2024-01-01")}
    assert "Amina Test-Benyahia" in names


def test_imported_file_is_a_user_kb_file(tmp_path):
    out = tmp_path / "wd.jsonl"
    import_dump(SAMPLE, out)
    kb = load_kb([out], include_user=False)
    assert kb.candidates("أمينة تست بنيحيى", "ar")[0][0].id == "Q990000001"
    assert kb.candidates("Conseil de coordination test du Sahel", "fr")[0][0].id == "Q990000003"


def test_missing_and_broken_dumps(tmp_path):
    with pytest.raises(WikidataImportError, match="no such file"):
        import_dump(tmp_path / "absent.json.gz", tmp_path / "o.jsonl")
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"id": "Q1", "labels": \n{not json},\n]\n', encoding="utf-8")
    assert list(iter_entities(broken)) == []
    bad_gz = tmp_path / "bad.json.gz"
    bad_gz.write_bytes(b"not gzip at all")
    with pytest.raises(WikidataImportError, match="cannot read dump"):
        import_dump(bad_gz, tmp_path / "o.jsonl")


def test_time_precision():
    def snak(t, p):
        return {"datavalue": {"value": {"time": t, "precision": p}}}
    assert wikidata_time(snak("+2017-08-16T00:00:00Z", 11)) == "2017-08-16"
    assert wikidata_time(snak("+2017-08-00T00:00:00Z", 10)) == "2017-08"
    assert wikidata_time(snak("+2017-00-00T00:00:00Z", 9)) == "2017"
    assert wikidata_time(snak("-0050-00-00T00:00:00Z", 9)) is None
    assert wikidata_time({}) is None


def test_streaming_keeps_memory_bounded(tmp_path):
    import tracemalloc

    entity = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[1].rstrip(","))
    dump = tmp_path / "big.json.gz"
    count = 4000
    with gzip.open(dump, "wt", encoding="utf-8") as fh:
        fh.write("[\n")
        for n in range(count):
            entity["id"] = f"Q98{n:07d}"
            entity["labels"]["en"]["value"] = f"Person Number{n}"
            fh.write(json.dumps(entity, ensure_ascii=False) + (",\n" if n + 1 < count else "\n"))
        fh.write("]\n")
    tracemalloc.start()
    written = import_dump(dump, tmp_path / "big.jsonl", countries={"Q1028": "MAR"})
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert written == count
    assert peak < 4 * 2**20  # one entity at a time, not the 4,000
