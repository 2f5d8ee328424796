"""The on-disk cache serves other built objects (the gazetteer) under their own names."""

from wirewatch.geo.gazetteer import _cache_inputs
from wirewatch.kb.cache import cache_dir, cached


def test_a_named_kind_is_built_once_and_read_back(tmp_path):
    source = tmp_path / "input.txt"
    source.write_text("one", encoding="utf-8")
    calls = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"size": len(source.read_text(encoding="utf-8"))}

    assert cached([source], build, code_files=[source], kind="thing") == {"size": 3}
    assert cached([source], build, code_files=[source], kind="thing") == {"size": 3}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in cache_dir().glob("thing-*.pickle")] == ["thing"]
    source.write_text("three", encoding="utf-8")
    assert cached([source], build, code_files=[source], kind="thing") == {"size": 5}
    assert len(calls) == 2


def test_the_gazetteer_cache_key_covers_its_data_and_code():
    data, code = _cache_inputs()
    assert all(path.is_file() for path in (*data, *code))
    assert {p.name for p in data} >= {"cities15000.json", "places_supplement.yaml"}
