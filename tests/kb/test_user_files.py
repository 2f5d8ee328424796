from __future__ import annotations

from wirewatch.kb import load_kb

YAML_TEXT = """\
- name: Leila Benmansour
  kind: PER
  country: MAR
  sector: GOV
  names:
    fr: [Leïla Benmansour]
    ar: [ليلى بنمنصور]
  roles:
    - {role: ambassador, of: FRA, start: 2021-05, end: null}
- id: Q159
  names:
    en: [Rossiya]
- name: Sahel Water Authority
  country: IGO
  sector: GOV
  aliases: [SWA]
- name: ""
"""

CSV_TEXT = """\
id,name,country,sector,wikidata,aliases,lang
kb:karim-ould-test,Karim Ould Test,MRT,GOV,,Karim Ould-Test|K. Ould Test,en
,محمد الأمين التجريبي,MRT,GOV,,,ar
Q7747,,,,,Poutine Vladimir|ف. بوتين,
"""


def test_user_yaml_adds_actors_and_aliases(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(YAML_TEXT, encoding="utf-8")
    kb = load_kb([path], include_user=False)
    top = kb.candidates("ليلى بنمنصور", "ar")[0][0]
    assert top.name == "Leila Benmansour" and top.country == "MAR"
    assert kb.holder_of("ambassador", "FRA", "2022-01-01").name == "Leila Benmansour"
    assert kb.candidates("Rossiya", "en")[0][0].id == "Q159"
    assert kb.candidates("SWA", "en")[0][0].name == "Sahel Water Authority"
    assert any("neither a name" in w for w in kb.warnings)


def test_user_csv_adds_actors_and_aliases(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    kb = load_kb([path], include_user=False)
    assert kb.get("kb:karim-ould-test").country == "MRT"
    assert kb.candidates("K. Ould Test", "en")[0][0].id == "kb:karim-ould-test"
    assert kb.candidates("محمد الأمين التجريبي", "ar")[0][0].country == "MRT"
    assert kb.candidates("Poutine Vladimir", "fr")[0][0].id == "Q7747"


def test_env_variable_lists_user_files(tmp_path, monkeypatch):
    path = tmp_path / "env.yaml"
    path.write_text(YAML_TEXT, encoding="utf-8")
    monkeypatch.setenv("WIREWATCH_KB_EXTRA", str(path))
    kb = load_kb()
    assert kb.candidates("Leïla Benmansour", "fr")[0][0].name == "Leila Benmansour"
    shipped_only = load_kb(include_user=False)
    assert all(a.name != "Leila Benmansour" for a, _ in shipped_only.candidates("Leïla Benmansour", "fr"))


def test_changed_user_file_is_reloaded(tmp_path):
    path = tmp_path / "grow.csv"
    path.write_text("id,name,country,sector,wikidata,aliases,lang\n"
                    "kb:test-one,Zorba Testperson,GRC,GOV,,,en\n", encoding="utf-8")
    first = load_kb([path], include_user=False)
    assert first.get("kb:test-two") is None
    path.write_text(path.read_text(encoding="utf-8") + "kb:test-two,Yorgos Testperson,GRC,GOV,,,en\n",
                    encoding="utf-8")
    second = load_kb([path], include_user=False)
    assert second.get("kb:test-two").name == "Yorgos Testperson"


def test_bad_entries_become_warnings(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("- name: Somebody\n  kind: ALIEN\n- name: Other\n  wikidata: X12\n"
                    "- iso3: R1\n- just a string\n", encoding="utf-8")
    kb = load_kb([path], include_user=False)
    text = " | ".join(kb.warnings)
    assert "unknown kind 'ALIEN'" in text and "bad Wikidata id" in text and "bad iso3" in text
    assert all(a.name != "Somebody" for a, _ in kb.candidates("Somebody", "en"))
    assert not any(a.name == "Other" for a, _ in kb.candidates("Other", "en"))
