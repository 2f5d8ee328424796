"""A word that is one state's name and another state's capital, read from the article."""

from __future__ import annotations

import pytest

from wirewatch.kb import load_kb
from wirewatch.linking.link import link_mentions
from wirewatch.records import Article, Document, Mention


@pytest.fixture(scope="module")
def kb():
    return load_kb(include_user=False)


def _linked(kb, text: str, surface: str, kind: str = "GPE") -> Mention:
    doc = Document(Article(id="c", text=text, lang="ar", pub_date="2024-01-10"))
    start = text.index(surface)
    doc.mentions.append(Mention(start, start + len(surface), surface, kind))
    link_mentions(doc, kb)
    return doc.mentions[0]


def test_capital_when_only_its_state_is_named(kb):
    m = _linked(kb, "استدعت عمان السفير بعد أن انتقد الأردن القرار.", "عمان")
    assert m.actor_id == kb.government("JOR").id and m.is_metonym


def test_capital_as_a_place_gives_its_state(kb):
    m = _linked(kb, "قال وزير الخارجية الأردني إن القمة ستعقد في عمان.", "عمان")
    assert m.country == "JOR" and not m.is_metonym


def test_namesake_state_without_the_capital_state_in_view(kb):
    m = _linked(kb, "استدعت عمان السفير الإيراني.", "عمان")
    assert m.country == "OMN"


def test_both_states_named_keeps_the_state_reading(kb):
    m = _linked(kb, "استدعت عمان السفير، وكانت سلطنة عمان قد رحبت بموقف الأردن.", "عمان")
    assert m.country == "OMN"


@pytest.mark.parametrize(("title", "role"), [
    ("La présidente du Conseil italien", "head_of_government"),
    ("le président du Conseil des ministres", "head_of_government"),
    ("le président du Conseil européen", "head_of_state"),
    ("le président du Conseil constitutionnel", "head_of_state"),
])
def test_president_of_the_council_is_head_of_government(title, role):
    from wirewatch.linking.titles import find_role
    assert find_role(title, "fr") == role
