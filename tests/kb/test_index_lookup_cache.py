from __future__ import annotations

import pickle

import pytest
from rapidfuzz import fuzz, process

from wirewatch.kb import load_kb
from wirewatch.kb.index import _FUZZY_CUTOFF, NameIndex

QUERIES = [
    ("Sergei Vershinin", "en"), ("Sergey Verchinine", "fr"), ("Vershinine", "fr"),
    ("Antonio Gutteres", "en"), ("the Russian foreign", "en"), ("Moroccan ambassador", "en"),
    ("الرباط", "ar"), ("بموسكو", "ar"), ("Staffan de Mistoura", "en"), ("UN", "en"),
]


@pytest.fixture(scope="module")
def kb():
    return load_kb(include_user=False)


def test_cached_lookups_equal_fresh_ones(kb) -> None:
    index = kb.index
    for surface, lang in QUERIES:
        fresh = index._lookup(surface, lang, fuzzy=True)
        assert index.lookup(surface, lang) == fresh
        assert index.lookup(surface, lang) == fresh  # from the cache


def test_callers_cannot_change_the_cache(kb) -> None:
    first = kb.index.lookup("Sergei Vershinin", "en")
    assert first
    first.clear()
    assert kb.index.lookup("Sergei Vershinin", "en") == kb.index._lookup("Sergei Vershinin", "en", fuzzy=True)


@pytest.mark.parametrize("kind", ["f", "s"])
def test_length_filter_keeps_every_fuzzy_match(kb, kind: str) -> None:
    index = kb.index
    keys = index._fuzzy_keys[kind]
    for query in [*keys[::97], "vershinin", "gutteres", "mistoura"]:
        full = process.extract(query, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF[kind], limit=8)
        short = process.extract(query, index._fuzzy_choices(kind, len(query)), scorer=fuzz.ratio,
                                score_cutoff=_FUZZY_CUTOFF[kind], limit=8)
        assert [(m, s) for m, s, _ in short] == [(m, s) for m, s, _ in full]


def test_new_names_reach_later_lookups() -> None:
    index = NameIndex()
    index.add("Karim Benali", "en", "p1", "name", person=True)
    assert "p1" in index.lookup("Karim Benali", "en")
    assert "p2" not in index.lookup("Nadia Oufkir", "en")
    index.add("Nadia Oufkir", "en", "p2", "name", person=True)
    assert "p2" in index.lookup("Nadia Oufkir", "en")


def test_pickled_index_carries_no_lookup_cache(kb) -> None:
    kb.index.lookup("Sergei Vershinin", "en")
    copy = pickle.loads(pickle.dumps(kb.index))
    assert "_lookups" not in copy.__dict__ and "_choices" not in copy.__dict__
    assert copy.lookup("Sergei Vershinin", "en") == kb.index.lookup("Sergei Vershinin", "en")


def test_sure_candidates_are_the_same_without_the_fuzzy_pass(kb) -> None:
    # alike spellings score below 0.9, so callers that keep only sure matches may skip them
    surfaces = [s for s, _ in QUERIES] + ["Russie", "Moscou", "روسيا", "the Kremlin", "Rabbat", "Moskva",
                                          "Algeria", "Algerai", "الجزاير", "Marocco"]
    for surface in surfaces:
        for lang in ("en", "fr", "ar"):
            full = [(actor.id, score) for actor, score in kb.candidates(surface, lang)]
            exact = [(actor.id, score) for actor, score in kb.candidates(surface, lang, fuzzy=False)]
            assert all(score < 0.9 for found, score in full if (found, score) not in exact)
            assert [c for c in exact if c[1] >= 0.9] == [c for c in full if c[1] >= 0.9]
