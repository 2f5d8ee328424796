"""Searching only near the anchors finds exactly what a full scan finds."""

import pytest

from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import _matches

TEXTS = {
    "en": "Police arrested dozens of protesters and the army shelled the town; officials sent aid "
          "and the minister called for talks, then threatened sanctions.",
    "fr": "La police a arrêté des manifestants, l'armée a bombardé la ville et le ministre a appelé "
          "à des négociations avant de menacer de sanctions.",
    "ar": "اعتقلت الشرطة عشرات المحتجين وقصف الجيش المدينة، ودعا الوزير الى المفاوضات وهدد بفرض عقوبات.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_anchor_search_equals_full_scan(lang):
    folded = fold(TEXTS[lang] + " " + TEXTS[lang])
    lex = load_lexicon(lang)
    found = 0
    for rule in lex.triggers:
        full = [(m.start(), m.end()) for m in rule.pattern.finditer(folded, 3, len(folded)) if m.end() > m.start()]
        near = [(m.start(), m.end()) for m in _matches(rule, folded, folded[3:], 3, len(folded))]
        assert near == full, rule.source
        found += len(full)
    assert found > 4
