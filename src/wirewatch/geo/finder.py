"""A light place finder: gazetteer matching on capitalised word sequences (en, fr) and on
Arabic words with clitics stripped.  Only well-known places (countries, supplement
entries, cities of at least :data:`MIN_POPULATION`) are proposed, to keep false alarms
rare; the entity stage's own LOC/GPE mentions come first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.geo.gazetteer import Entry, Gazetteer
from wirewatch.geo.names import key_variants, name_key

MIN_POPULATION = 100_000
MIN_POPULATION_AFTER_PREPOSITION = 15_000
MIN_POPULATION_ARABIC_WORD = 500_000
MAX_WORDS = 4

_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
# Capitalised words that are also names of sizeable places but mostly mean something else.
_LATIN_STOP = frozenset({
    "police", "nice", "mobile", "split", "reading", "orange", "sale", "salé", "victoria",
    "florence", "nancy", "charlotte", "jackson", "lincoln", "hamilton", "wellington",
    "president", "union", "independence", "concord", "bath", "as", "of", "the", "mars",
    "marche", "date", "ma", "bar", "laval", "colombes", "aden", "hope", "mission",
    "orient", "sahara", "lalla", "sidi", "saint", "san", "santa", "el", "al", "la", "le",
    "les", "des", "du", "de", "un", "une", "on", "in", "at", "no", "nord", "sud", "est",
    "ouest", "north", "south", "east", "west", "central", "centre", "center", "new", "old",
    "grand", "great", "port", "fort", "mont", "mount", "cape", "cap", "bay", "ville",
    "city", "state", "china town", "kingston", "richmond", "columbia", "georgia",
    "jordan", "chad", "guinea", "israel", "sur", "par", "pour", "avec", "selon", "dans",
    "après", "avant", "contre", "entre", "lors", "mais", "pendant", "depuis", "vers", "chez",
    "ainsi", "alors", "aussi", "if", "but", "after", "before", "during", "with", "for", "by",
    "from", "under", "over", "while", "when", "since", "to", "mon",
})
_LATIN_KEEP_COUNTRIES = frozenset({"jordan", "chad", "guinea", "israel", "georgia"})
_ARABIC_STOP = frozenset({
    "صور", "حماه", "اليوم", "الساحل", "الوسط", "الامل", "النصر", "السلام",
    "الحريه", "الوحده", "الجديده", "المدينه", "القصر", "الشرق", "الغرب", "الجنوب", "الشمال",
    "قبل", "بعد", "مصر الجديده", "الرئيس", "المنصوره", "الحسيمه", "الاتحاد",
    "الزرقاء", "العين", "الدور", "الحي", "الباب", "الكوت", "ابها",
    "مدينه", "بيان", "بارو", "انه", "بانه", "الملك", "المملكه",
})


def _arabic_common_word(surface: str) -> bool:
    """An Arabic word that is a common word in any of its readings: "بمدينة" is "in the
    city" (بـ + مدينة), not Medina; "وبعد" is "and after"."""
    return any(reading in _ARABIC_STOP for reading in key_variants(surface))


_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]")
_PREVIOUS_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[ \t]+$")


def _inside_name(text: str, start: int, end: int) -> bool:
    """A one-word place name glued to other capitalised words is part of a longer name
    ("Vladimir Putin", "Paris Saint-Germain"), unless it opens a sentence."""
    if _NEXT_CAPITALISED.match(text, end):
        return True
    before = text[max(0, start - 40):start]
    if not _PREVIOUS_CAPITALISED.search(before):
        return False
    # "In Rabat", "À Gaza": a capitalised word opening the text or a sentence is not a name part.
    opening = before if start <= 40 else None
    if opening is not None and re.fullmatch(r"\s*\S*\s*", opening):
        return False
    return not re.search(r"[.!?:\n]\s*\S*\s*$", before)


@dataclass
class FoundPlace:
    start: int
    end: int
    text: str
    entry: Entry


def _eligible(entry: Entry, locative: bool) -> bool:
    if entry.known or entry.feature in ("PCLI", "ADM1", "ADM2", "RGN", "BLDG", "SEA", "PPLC"):
        return True
    return entry.population >= (MIN_POPULATION_AFTER_PREPOSITION if locative else MIN_POPULATION)


# "in Goma", "à Ziguinchor", "في غوما": a preposition makes a smaller town credible.
_LOCATIVE_BEFORE = re.compile(r"(?:(?<![\w])(?:in|at|near|à|a|au|en|dans|près de|vers|في|الى|قرب)\s+$)")


def _after_locative(text: str, start: int) -> bool:
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 12):start].lower()))


@dataclass(frozen=True)
class _Hit:
    """A stretch of text that names a gazetteer place whatever the article's countries;
    which place it names is settled by :meth:`PlaceFinder.find` with the context."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]  # the eligible entries
    arabic_word: bool = False  # one Arabic word: kept only if the chosen place is well known


_RECENT: dict[tuple, list[_Hit]] = {}
_RECENT_SIZE = 128  # a batch of the pipeline


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def _eligible(self, surface: str, locative: bool = False) -> tuple[Entry, ...]:
        return tuple(e for e in self.gazetteer.entries_for(surface) if _eligible(e, locative))

    def _choose(self, hit: _Hit, context: tuple[str, ...]) -> Entry | None:
        return self.gazetteer.best_entry(hit.text, context) if len(hit.entries) > 1 else hit.entries[0]

    def find(self, text: str, start: int = 0, end: int | None = None,
             context: tuple[str, ...] = ()) -> list[FoundPlace]:
        """Places named in ``text[start:end]``, longest match first, non-overlapping.

        Which stretches name places does not depend on ``context`` (the article's
        countries), only which place each names: the text is scanned once and the
        stretches are resolved again for each context."""
        found: list[FoundPlace] = []
        for hit in self._scan(text, start, len(text) if end is None else end):
            entry = self._choose(hit, context)
            if entry is None or (hit.arabic_word and not self._arabic_name_ok(hit.text, entry)):
                continue
            found.append(FoundPlace(hit.start, hit.end, hit.text, entry))
        return found

    def _scan(self, text: str, start: int, end: int) -> list[_Hit]:
        key = (text, start, end, self.gazetteer)
        hits = _RECENT.get(key)
        if hits is None:
            hits = sorted(self._scan_latin(text, start, end) + self._scan_arabic(text, start, end),
                          key=lambda h: h.start)
            # the geo stage and the event places both read each article: later reads are look-ups
            _RECENT[key] = hits
            if len(_RECENT) > _RECENT_SIZE:
                del _RECENT[next(iter(_RECENT))]
        return hits

    def _scan_latin(self, text: str, start: int, end: int) -> list[_Hit]:
        words = [(m.start(), m.end()) for m in _LATIN_WORD.finditer(text, start, end)]
        out: list[_Hit] = []
        i = 0
        while i < len(words):
            s, e = words[i]
            word = text[s:e]
            # "d'Alger", "l'Algérie": the elided article is not part of the name
            if "'" in word or "’" in word:
                head, _, tail = word.replace("’", "'").partition("'")
                if len(head) <= 2 and tail[:1].isupper():
                    s = s + len(head) + 1
                    word = text[s:e]
            if not word[:1].isupper():
                i += 1
                continue
            matched = None
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                last_end = words[i + n - 1][1]
                gap = text[e:words[i + n - 1][0]] if n > 1 else ""
                if n > 1 and ("\n" in gap or any(ch in gap for ch in ",;.:()«»\"")):
                    continue
                surface = text[s:last_end]
                key = name_key(surface)
                if n == 1 and key in _LATIN_STOP and key not in _LATIN_KEEP_COUNTRIES:
                    break
                if n == 1 and _inside_name(text, s, e):
                    break
                entries = self._eligible(surface, _after_locative(text, s))
                if entries:
                    matched = _Hit(s, last_end, surface, entries)
                    i += n
                    break
            if matched:
                out.append(matched)
            else:
                i += 1
        return out

    def _scan_arabic(self, text: str, start: int, end: int) -> list[_Hit]:
        words = [(m.start(), m.end()) for m in _ARABIC_WORD.finditer(text, start, end)]
        out: list[_Hit] = []
        i = 0
        while i < len(words):
            matched = None
            for n in range(min(3, len(words) - i), 0, -1):
                s, e = words[i][0], words[i + n - 1][1]
                gap = text[words[i][1]:words[i + n - 1][0]] if n > 1 else ""
                if n > 1 and gap.strip():
                    continue
                surface = text[s:e]
                key = name_key(surface)
                if n == 1 and (len(key) < 3 or _arabic_common_word(surface)):
                    continue
                locative = _after_locative(text, s) or surface[0] == "ب"
                entries = self._eligible(surface, locative)
                if entries:
                    # a one-word hit is kept or dropped by the place the context picks; the
                    # scan moves on by one word either way
                    matched = _Hit(s, e, surface, entries, arabic_word=n == 1)
                    i += n
                    break
            if matched:
                out.append(matched)
            else:
                i += 1
        return out

    def _arabic_name_ok(self, surface: str, entry: Entry) -> bool:
        # A single Arabic word is often also a common word ("بيان" statement, "مدينة" city):
        # only well-known places qualify, and short bare words only as countries, capitals or
        # places of the supplement ("غزة").
        key = name_key(surface)
        if not (entry.known or entry.feature in ("PCLI", "PPLC", "ADM1", "RGN", "BLDG", "SEA")
                or entry.population >= MIN_POPULATION_ARABIC_WORD):
            return False
        return len(key) > 3 or entry.known or entry.feature in ("PCLI", "PPLC")
