"""Linking the mentions of a document to knowledge-base actors.

For each mention: metonyms first (a capital or seat of government acting is its
government, "in Moscow" stays a place), then short forms of a person already named in
the article, then knowledge-base candidates scored by name match and re-ranked by the
title attached to the mention (role, country) and by who held which office on the
article's date; a title without a name is resolved to the office holder on that date.
Names the knowledge base lacks become ``new:`` actors, with country and sector read
from their title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from wirewatch.kb.base import ROLE_FALLBACKS, KnowledgeBase
from wirewatch.kb.dates import as_date, parse_bound
from wirewatch.linking.keys import (
    ARABIC_RE,
    arabic_clitic_variants,
    identity_key,
    name_keys,
    normalize_arabic,
)
from wirewatch.linking.titles import (
    TitleReading,
    countries_in,
    read_title,
    sector_of_phrase,
    title_just_before,
)
from wirewatch.linking.unknown import UnknownNameRegistry, unknown_id
from wirewatch.records import Actor, Document, Mention

PERSON_THRESHOLD = 0.78
OTHER_THRESHOLD = 0.85
CONTEXT_CHARS = 120

_LOCATIVE = {
    "en": re.compile(
        r"\b(in|at|from|to|into|near|outside|around|across|via|toward|towards|inside|within|"
        r"through|throughout|between|arrived in|based in|held in|visit to|trip to)\s+(the\s+)?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(\b(à|a|au|aux|en|depuis|vers|dans|près de|par|pour|sur|jusqu'à|entre|visite à|"
        r"voyage à|arrivé à|arrivée à|basé à|basée à|tenue à|tenu à)\s+(l['’]\s*|la\s+|le\s+|les\s+)?)$",
        re.IGNORECASE,
    ),
    "ar": re.compile(r"(^|\s)(في|من|إلى|الى|على|قرب|داخل|عبر|نحو|حتى|بين|لدى|وفي|ومن|وإلى)\s+$"),
}
_ARABIC_LOCATIVE_CLITICS = ("ب", "وب", "فب", "ل", "لل")


@dataclass
class _Seen:
    actor: Actor
    keys: set[str]  # identity keys of the full name and of its last word(s)
    score: float


def _mention_lang(doc: Document, mention: Mention) -> str | None:
    if mention.lang:
        return mention.lang
    if ARABIC_RE.search(mention.text):
        return "ar"
    return doc.lang_at(mention.start) or doc.article.lang


def _apply(mention: Mention, actor: Actor, score: float, how: str, *, metonym: bool = False) -> None:
    mention.actor_id = actor.id
    mention.actor_name = actor.name
    mention.wikidata = actor.wikidata
    mention.country = actor.country
    mention.sector = actor.sector
    mention.score = round(min(1.0, max(0.0, score)), 4)
    mention.is_metonym = metonym
    rule = f"link:{how}"
    mention.rule = f"{mention.rule}|{rule}" if mention.rule else rule


def _context_before(doc: Document, mention: Mention) -> str:
    sentence = doc.sentence_at(mention.start)
    start = max(sentence.start if sentence else 0, mention.start - CONTEXT_CHARS)
    return doc.text[start:mention.start]


def _short_keys(surface: str, lang: str | None) -> set[str]:
    """Identity keys a surface may have as a short form (with Arabic clitics read off)."""
    keys = set()
    tokens = surface.split()
    variants = [surface]
    if tokens and ARABIC_RE.search(tokens[0]):
        variants = [" ".join([v, *tokens[1:]]) for v in arabic_clitic_variants(normalize_arabic(tokens[0]))]
    for variant in variants:
        key = identity_key(variant, lang)
        if key:
            keys.add(key)
        keys.update(k for k in name_keys(variant, lang, query=False) if k.startswith("f:"))
    return keys


def _name_keys_for_short_forms(names: list[str], lang: str | None) -> set[str]:
    keys: set[str] = set()
    for name in names:
        tokens = name.split()
        for width in range(1, min(3, len(tokens)) + 1):
            tail = " ".join(tokens[-width:])
            key = identity_key(tail, lang)
            if key and len(key) >= 2:
                keys.add(key)
            keys.update(k for k in name_keys(tail, lang, query=False) if k.startswith("f:"))
        key = identity_key(name, lang)
        if key:
            keys.add(key)
    return keys


_HONORIFICS = frozenset({
    "mr", "mrs", "ms", "dr", "m", "mme", "mlle", "sir", "sheikh", "cheikh", "prince", "princess",
    "king", "queen", "roi", "reine", "general", "général", "colonel", "captain", "capitaine",
    "president", "président", "présidente", "minister", "ministre", "ambassador", "ambassadeur",
    "السيد", "السيدة", "الشيخ", "الأمير", "الملك", "الرئيس", "الوزير", "الجنرال", "العقيد",
    "المشير", "السفير", "الدكتور",
})


def _strip_honorifics(surface: str, lang: str | None) -> str:
    """"President Mohamed Bazoum" -> "Mohamed Bazoum" (titles the detector left in a name)."""
    tokens = surface.split()
    while len(tokens) > 1 and tokens[0].strip(".").casefold() in _HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens) if tokens else surface


_INITIAL_RE = re.compile(r"^\w\.?$")


def _name_variants(surface: str) -> list[tuple[str, float, float]]:
    """The name as written, then without initials ("S. Lavrov") or middle names
    ("Vladimir Vladimirovitch Poutine"): (variant, score penalty, minimum raw score).

    Dropping middle names only counts on a same-script spelling match: on the skeleton
    alone "Mohamed Salem Ould Boukhari" would become "Muhammadu Buhari"."""
    variants = [(surface, 0.0, 0.0)]
    tokens = surface.split()
    kept = [t for t in tokens if not _INITIAL_RE.match(t)]
    if kept and len(kept) < len(tokens):
        variants.append((" ".join(kept), 0.02, 0.84))
    if len(kept) >= 3:
        variants.append((f"{kept[0]} {kept[-1]}", 0.04, 0.95))
    return variants


def _role_bonus(actor: Actor, reading: TitleReading, day: date | None) -> float:
    bonus = 0.0
    current = False
    for role in actor.roles:
        start, end = parse_bound(role.start), parse_bound(role.end, end=True)
        valid = day is None or ((start is None or start <= day) and (end is None or day <= end))
        current = current or valid
        if reading.role and role.role in ROLE_FALLBACKS.get(reading.role, (reading.role,)):
            if reading.of is None or (role.of or "").upper() == reading.of:
                bonus = max(bonus, 0.15 if valid else 0.05)
    if reading.country and actor.country == reading.country:
        bonus += 0.05
    if current and actor.roles:
        bonus += 0.03
    return bonus


class _Linker:
    def __init__(self, doc: Document, kb: KnowledgeBase, registry: UnknownNameRegistry | None):
        self.doc = doc
        self.kb = kb
        self.registry = registry
        self.day = as_date(doc.article.pub_date)
        self.seen: list[_Seen] = []
        self._capital_cues: dict[str, set[str]] = {}

    # -- persons ----------------------------------------------------------------------
    def person(self, mention: Mention, lang: str | None) -> None:
        reading = read_title(mention.role, lang, self.kb)
        if reading.role is None and reading.country is None:
            title = title_just_before(_context_before(self.doc, mention), lang)
            if title:
                reading = read_title(title, lang, self.kb)

        short = self._short_form(mention.text, lang)
        if short is not None:
            _apply(mention, short.actor, short.score, "short-form")
            return

        surface = _strip_honorifics(mention.text, lang)
        for variant, penalty, floor in _name_variants(surface):
            found = self._best_person(variant, lang, reading)
            if found is None or found[0] < floor:
                continue
            total, actor, partial, margin_ok = found
            total -= penalty
            if total >= PERSON_THRESHOLD and (margin_ok or not partial):
                _apply(mention, actor, min(total, 1.0), "kb-partial" if partial else "kb")
                self._remember(actor, mention.text, lang, min(total, 1.0))
                return

        country = reading.country
        sector = reading.sector
        if surface != mention.text:
            prefix = read_title(mention.text[: len(mention.text) - len(surface)], lang, self.kb)
            country = country or prefix.country
            sector = sector or prefix.sector
        if self.registry is not None:
            actor = self.registry.resolve(surface, lang, kind="PER", country=country, sector=sector)
        else:
            actor = Actor(id=unknown_id(surface, lang), name=" ".join(surface.split()),
                          kind="PER", country=country, sector=sector, source="unknown")
        _apply(mention, actor, 0.5, "unknown")
        self._remember(actor, surface, lang, 0.5)

    def _best_person(
        self, surface: str, lang: str | None, reading: TitleReading
    ) -> tuple[float, Actor, bool, bool] | None:
        """(score, actor, surname-only match, clear lead) of the best KB person."""
        best: tuple[float, Actor, bool] | None = None
        second = 0.0
        for actor, score, partial, _kind in self.kb.match_details(surface, lang):
            if actor.kind != "PER":
                continue
            total = score + _role_bonus(actor, reading, self.day)
            if best is None or total > best[0]:
                if best is not None:
                    second = max(second, best[0])
                best = (total, actor, partial)
            else:
                second = max(second, total)
        if best is None:
            return None
        return best[0], best[1], best[2], best[0] - second >= 0.05

    def _remember(self, actor: Actor, surface: str, lang: str | None, score: float) -> None:
        names = [surface] + [n for ns in actor.names.values() for n in ns]
        self.seen.append(_Seen(actor, _name_keys_for_short_forms(names, lang), score))

    def _short_form(self, surface: str, lang: str | None) -> _Seen | None:
        if len(surface.split()) > 3 or not self.seen:
            return None
        keys = _short_keys(surface, lang)
        for seen in reversed(self.seen):
            if keys & seen.keys:
                return seen
        return None

    # -- titles without a name -------------------------------------------------------
    def title(self, mention: Mention, lang: str | None) -> None:
        reading = read_title(mention.role or mention.text, lang, self.kb)
        if reading.role and reading.of is None and reading.country is None:
            context = _context_before(self.doc, mention) + mention.text
            codes = countries_in(context, lang, self.kb)
            if codes:
                reading.of = reading.country = codes[-1]
        if reading.role and reading.of:
            holders = self.kb.holders(reading.role, reading.of, self.day)
            if len(holders) == 1 or (holders and reading.role != "deputy_foreign_minister"):
                _apply(mention, holders[0], 0.9, "title-holder")
                self._remember(holders[0], holders[0].name, "en", 0.9)
                return
        if reading.country:
            mention.country = reading.country
            mention.sector = reading.sector or "GOV"

    # -- organisations, states, places -----------------------------------------------
    def other(self, mention: Mention, lang: str | None) -> None:
        ranked = self.kb.candidates(mention.text, lang)
        capital_of = self._capital_reading(mention, lang, ranked)
        if capital_of:
            if self._is_locative(mention, lang):
                self._as_place(mention, capital_of)
                return
            gov = self.kb.government(capital_of)
            if gov is not None:
                _apply(mention, gov, 0.9, "metonym", metonym=True)
                return
        seated = self.kb.seated_organisation(mention.text, lang)
        if seated is not None and not self._is_locative(mention, lang):
            # "Bruxelles a sanctionné ...": the EU, not Belgium's government
            _apply(mention, seated, 0.9, "seat", metonym=True)
            return
        if mention.type == "GPE" and ranked and ranked[0][0].kind == "GPE" and ranked[0][1] >= 0.96:
            # a state's name that is also its capital's (الجزائر, Koweït, تونس)
            _apply(mention, ranked[0][0], ranked[0][1], "kb")
            return
        iso3 = self.kb.metonym(mention.text, lang)
        if iso3:
            gov = self.kb.government(iso3)
            if self._is_locative(mention, lang):
                self._as_place(mention, iso3)
                return
            if gov is not None:
                _apply(mention, gov, 0.95, "metonym", metonym=True)
                return
        wanted = {"ORG": ("ORG", "GOV"), "GPE": ("GPE",), "LOC": ("GPE",)}.get(mention.type, ("ORG", "GPE"))
        for actor, score in ranked:
            if actor.kind == "PER":
                continue
            if score >= OTHER_THRESHOLD and (actor.kind in wanted or score >= 0.96):
                _apply(mention, actor, score, "kb")
                return
        codes = countries_in(mention.text, lang, self.kb)
        country = codes[0] if codes else None
        sector = sector_of_phrase(mention.text, lang)
        gov = self.kb.government(country) if sector == "GOV" and len(set(codes)) == 1 else None
        if gov is not None and len(mention.text.split()) <= 4:
            # "les autorités russes", "the Algerian government", "الحكومة المغربية"
            _apply(mention, gov, 0.85, "government-phrase")
            return
        if mention.type == "ORG":
            if self.registry is not None:
                actor = self.registry.resolve(mention.text, lang, kind="ORG", country=country, sector=sector)
            else:
                actor = Actor(id=unknown_id(mention.text, lang), name=" ".join(mention.text.split()),
                              kind="ORG", country=country, sector=sector, source="unknown")
            _apply(mention, actor, 0.5, "unknown")
        elif country:
            # "Algerian authorities", "Algerian waters": the state it belongs to
            mention.country = country
            mention.sector = sector

    def _capital_reading(self, mention: Mention, lang: str | None,
                         ranked: list[tuple[Actor, float]]) -> str | None:
        """The state whose capital ``mention`` names when the same word is also another
        state's name (Arabic عمان: Oman, or Amman), read from the article: the capital's
        state is named elsewhere in it and the namesake state is not."""
        if not ranked or ranked[0][0].kind != "GPE" or ranked[0][1] < 0.96:
            return None
        state = ranked[0][0].country
        capital_of = self.kb.metonym(mention.text, lang)
        if not capital_of or not state or capital_of == state:
            return None
        if mention.text not in self._capital_cues:
            word = re.escape(mention.text.strip())
            pattern = re.compile(rf"(?:(\S+)\s+)?(?<![\w]){word}(?![\w])")
            cues = set(countries_in(pattern.sub(" ", self.doc.text), lang, self.kb))
            for match in pattern.finditer(self.doc.text):
                # a longer name around the word ("سلطنة عمان") still names its state
                if match.group(1) and self._names_state(f"{match.group(1)} {mention.text}", lang, state):
                    cues.add(state)
            self._capital_cues[mention.text] = cues
        cues = self._capital_cues[mention.text]
        return capital_of if capital_of in cues and state not in cues else None

    def _names_state(self, phrase: str, lang: str | None, state: str) -> bool:
        ranked = self.kb.candidates(phrase, lang)
        return bool(ranked) and ranked[0][0].kind == "GPE" and ranked[0][1] >= 0.96 \
            and ranked[0][0].country == state

    @staticmethod
    def _as_place(mention: Mention, iso3: str) -> None:
        mention.country = iso3
        mention.is_metonym = False
        if mention.type == "ORG":
            mention.type = "LOC"  # "réunis à Bruxelles": a capital after a locative is a place, whatever the tagger said

    def _is_locative(self, mention: Mention, lang: str | None) -> bool:
        before = self.doc.text[max(0, mention.start - 40):mention.start]
        key = "ar" if lang == "ar" or ARABIC_RE.search(mention.text) else (lang if lang in _LOCATIVE else "en")
        if _LOCATIVE[key].search(before):
            return True
        if key == "ar":
            words = mention.text.split()
            word = normalize_arabic(words[0]) if words else ""
            if self.kb.metonym(word, "ar", exact=True):
                return False  # the word as written is the name (باريس, not ب + اريس)
            for clitic in _ARABIC_LOCATIVE_CLITICS:
                if word.startswith(clitic) and self.kb.metonym(word[len(clitic):], "ar"):
                    return True
        return False


def link_mentions(doc: Document, kb: KnowledgeBase, *, registry: UnknownNameRegistry | None = None) -> None:
    """Link every mention of ``doc`` in place (actor id, name, Wikidata id, codes, score).

    A mention that cannot be linked keeps ``actor_id`` None (places) or gets a ``new:`` id
    (persons and organisations).  Problems are recorded in ``doc.errors``, never raised.
    """
    linker = _Linker(doc, kb, registry)
    for mention in sorted(doc.mentions, key=lambda m: (m.start, -m.end)):
        if not mention.text or not mention.text.strip():
            continue
        lang = _mention_lang(doc, mention)
        try:
            if mention.type == "PER":
                linker.person(mention, lang)
            elif mention.type == "TITLE":
                linker.title(mention, lang)
            else:
                linker.other(mention, lang)
        except Exception as exc:  # one bad mention must not stop the article
            doc.errors.append(f"linking: mention {mention.text[:40]!r} at {mention.start}: {type(exc).__name__}: {exc}")
