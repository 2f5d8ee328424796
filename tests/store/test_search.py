from __future__ import annotations

import pytest

from tests.store.factories import make_article
from wirewatch.store import Store, StoreError
from wirewatch.store.search_text import clitic_forms, fold, index_text, query_groups, snippet

# Sentences written for these tests.
ARABIC = "وصل المبعوثُ الأمميّ بموسكو يوم الثلاثاء والتقى وزير الخارجيـــة للمرة الثانية"
FRENCH = "L'émissaire des Nations unies est arrivé à Moscou pour des entretiens approfondis."
ENGLISH = "The envoy travelled to Geneva, where the talks on the ceasefire will resume."


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_articles([
        make_article(1, text=ARABIC, title="المبعوث في موسكو", lang="ar"),
        make_article(2, text=FRENCH, title="Visite à Moscou", lang="fr"),
        make_article(3, text=ENGLISH, title="Talks in Geneva", lang="en"),
    ])
    return store


def _ids(hits) -> list[str]:
    return sorted(h.article_id[-1] for h in hits)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("موسكو", ["1"]),  # the text has بموسكو
        ("المبعوث", ["1"]),  # the text has المبعوثُ (with a damma)
        ("مبعوث", ["1"]),  # without the article
        ("الخارجية", ["1"]),  # the text has tatweel
        ("الخارجيه", ["1"]),  # teh marbuta written as heh
        ("الاممي", ["1"]),  # hamza on the alef omitted
        ("مرة", ["1"]),  # the text has للمرة
        ("moscou", ["2"]),
        ("MOSCOU", ["2"]),
        ("emissaire", ["2"]),  # accents removed
        ("arrivé nations", ["2"]),
        ("geneva talks", ["3"]),
        ("ceasefire moscou", []),  # every word must occur
        ("", []),
        ("   ?! ", []),
    ],
)
def test_search_matches_across_scripts_and_spellings(filled: Store, query, expected) -> None:
    assert _ids(filled.search(query)) == expected


def test_search_by_language_and_limit(filled: Store) -> None:
    filled.add_articles([make_article(4, text="Moscou encore, et Moscou toujours.", lang="fr")])
    assert _ids(filled.search("moscou")) == ["2", "4"]
    assert _ids(filled.search("moscou", lang="en")) == []
    assert len(filled.search("moscou", limit=1)) == 1
    assert filled.search("moscou", limit=0) == []


def test_search_hit_fields(filled: Store) -> None:
    [hit] = filled.search("موسكو")
    assert hit.article_id == "art-00001"
    assert hit.title == "المبعوث في موسكو"
    assert hit.lang == "ar"
    assert "بموسكو" in hit.snippet
    assert hit.score > 0


def test_title_only_match(filled: Store) -> None:
    assert _ids(filled.search("visite")) == ["2"]


def test_bad_query_type(filled: Store) -> None:
    with pytest.raises(StoreError, match="invalid search query"):
        filled.search(None)  # type: ignore[arg-type]


def test_reindex_keeps_results(filled: Store) -> None:
    filled.reindex_search()
    assert _ids(filled.search("موسكو")) == ["1"]


def test_fold() -> None:
    assert fold("L’Émissaire ŒUVRE") == "l'emissaire oeuvre"
    assert fold("الأمميّ") == "الاممي"
    assert fold("الخارجيـــة") == "الخارجيه"
    assert fold("مستشفى") == "مستشفي"
    assert fold("٢٠٢٤") == "2024"


def test_clitic_forms() -> None:
    assert clitic_forms("بموسكو") == ["موسكو"]
    assert set(clitic_forms(fold("والرئيس"))) == {fold("الرئيس"), fold("رئيس")}
    assert clitic_forms("moscou") == []
    assert clitic_forms("بلد") == []  # a stem shorter than three letters is not split off


def test_index_and_query_forms() -> None:
    assert index_text("بموسكو") == "بموسكو موسكو"
    assert query_groups("الرئيس وزير") == [[fold("الرئيس"), fold("رئيس")], ["وزير"]]


def test_snippet_maps_back_to_the_original_text() -> None:
    text = "Premier paragraphe sans rapport. " * 5 + "Le ministre des Affaires étrangères."
    cut = snippet(text, query_groups("etrangeres"), width=60)
    assert "étrangères" in cut
    assert cut.startswith("…")
    assert snippet("", [["x"]]) == ""
    ligature = snippet("Une œuvre du musée.", query_groups("oeuvre musee"), width=60)
    assert ligature == "Une œuvre du musée."
