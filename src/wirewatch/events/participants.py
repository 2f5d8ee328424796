"""The parties a sentence names: linked mentions, role nouns, and a fallback list.

A participant is anything that can fill an actor or recipient slot.  Linked mentions of
the entities stage come first; common nouns naming a party by its role ("police",
"protesters", "unidentified gunmen") are added from the generic-actor lexicon; when a
document carries no mentions at all (entities stage not run) a small list of states,
capitals and international bodies stands in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from wirewatch.events.lexicon import Lexicon
from wirewatch.events.textnorm import fold
from wirewatch.records import Document, EntityRef, Mention

_PLACE_PREP = {
    "en": re.compile(r"(?:\b(?:in|at|near|outside|inside|across|from|around)\s+(?:the\s+)?)$", re.I),
    "fr": re.compile(r"(?:\b(?:à|a|en|au|aux|dans|près de|depuis|de|d')\s*(?:la\s+|l'|le\s+|les\s+)?)$", re.I),
    "ar": re.compile(r"(?:(?:^|\s)(?:في|قرب|من)\s+)$"),
}
_GOV_KINDS = {"GPE", "GOV", "IGO"}
_PERSON_TITLES = {
    "en": r"(?:president|minister|envoy|ambassador|king|prime minister|secretary|spokesman|spokeswoman|chief|head|leader|general|commander|representative|deputy|counterpart|emir|prince|chancellor)",
    "fr": r"(?:président|ministre|émissaire|envoyé|ambassadeur|roi|premier ministre|secrétaire|porte-parole|chef|dirigeant|général|représentant|homologue|diplomatie|vice-ministre|diplomate)",
}
_NAME_WORD = r"[A-ZÀ-ÖØ-ÝĀ-Ž][\w'’-]+"
_PERSON_RE = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:de|da|del|di|van|von|al|el|ben|bin|ibn|le|la)\s+)?{_NAME_WORD}){{1,3}}"
)
_STOP_START = {"the", "le", "la", "les", "un", "une", "des", "a", "an", "début", "lors", "par",
               "in", "on", "at", "selon", "after", "après", "since", "depuis", "en", "au", "dans"}


_UN_CUE = re.compile(r"(?<!\w)(?:un|u\.n\.|united nations|onu|nations unies|onusien\w*|الامم المتحده|الاممي\w*|minurso|مينورسو)(?!\w)")
_TITLE_RE = {
    "en": re.compile(r"(?:president|minister|envoy|ambassador|king|secretary|spokes\w+|chief|head|leader|representative|deputy|counterpart|emir|prince|chancellor)", re.I),
    "fr": re.compile(r"(?:président|ministre|émissaire|envoyé|ambassadeur|roi|secrétaire|porte-parole|chef|dirigeant|représentant|homologue|diplomat)", re.I),
    "ar": re.compile(r"(?:رئيس|وزير|مبعوث|سفير|ملك|العاهل|امين|ناطق|متحدث|نائب|ممثل|الامير)"),
}
_ARTICLE = {
    "en": re.compile(r"^the\s+"),
    "fr": re.compile(r"^(?:le\s+|la\s+|les\s+|l')"),
    "ar": re.compile(r"^(?:[وف]?[بلك](?=ال)|[وف](?=ال))"),
}


def _strip_article(name: str, lang: str) -> str:
    return _ARTICLE.get(lang, _ARTICLE["en"]).sub("", name)


@dataclass
class Participant:
    start: int
    end: int
    text: str
    kind: str  # PER, ORG, GPE, GOV (metonym or role noun), IGO, GENERIC
    code: str | None = None
    sector: str | None = None
    identifier_id: str | None = None
    identifier_text: str | None = None
    actor_id: str | None = None
    is_place: bool = False  # introduced by a place preposition ("in Rabat")
    generic: bool = False

    def to_ref(self) -> EntityRef:
        return EntityRef(
            entity_text=self.text, code=self.code, sector=self.sector,
            identifier_id=self.identifier_id, identifier_text=self.identifier_text,
            actor_id=self.actor_id, start=self.start, end=self.end,
        )

    @property
    def key(self) -> str:
        return self.actor_id or self.identifier_id or self.identifier_text or f"{self.code}:{self.text}"


def _from_mention(m: Mention) -> Participant | None:
    if m.type == "TITLE":
        return None
    kind = "GOV" if m.is_metonym else m.type
    sector = m.sector or ("GOV" if kind in _GOV_KINDS else None)
    return Participant(
        m.start, m.end, m.text, kind, code=m.country, sector=sector,
        identifier_id=m.wikidata or m.actor_id, identifier_text=m.actor_name or m.text,
        actor_id=m.actor_id,
    )


@dataclass(frozen=True)
class _FallbackEntry:
    code: str
    name: str
    wikidata: str | None
    kind: str


_INDEXES: dict[str, tuple] = {}


def _demonym_variants(name: str, lang: str) -> list[str]:
    """Arabic demonyms with and without the article, singular and plural."""
    if lang != "ar":
        return [name]
    bare = name[2:] if name.startswith("ال") and " " not in name else name
    out = [name, bare]
    if bare.endswith("ي"):
        out += [bare + "ين", bare + "ون", "ال" + bare + "ين", "ال" + bare + "ون", bare + "ه", "ال" + bare + "ه"]
    return [v for v in out if len(v) > 3]


def _fallback_index(lexicon_lang: str, entries: list[dict]) -> tuple:
    if lexicon_lang in _INDEXES:
        return _INDEXES[lexicon_lang]
    names: dict[str, tuple[_FallbackEntry, str]] = {}
    demonyms: dict[str, str] = {}
    for data in entries:
        entry = _FallbackEntry(data["code"], data["name"], data.get("wd"), data.get("kind", "GPE"))
        for name in data["n"].get(lexicon_lang) or ():
            names[fold(name)] = (entry, entry.kind)
            names.setdefault(_strip_article(fold(name), lexicon_lang), (entry, entry.kind))
        for name in data["c"].get(lexicon_lang) or ():
            names[fold(name)] = (entry, "GOV")
            names.setdefault(_strip_article(fold(name), lexicon_lang), (entry, "GOV"))
        for name in data["d"].get(lexicon_lang) or ():
            for variant in _demonym_variants(fold(name), lexicon_lang):
                demonyms.setdefault(variant, entry.code)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    prefix = r"(?:[وف]?[بلك]?)" if lexicon_lang == "ar" else ""
    name_re = re.compile(rf"(?<!\w){prefix}(?P<name>{alternatives})(?!\w)")
    dem_alt = "|".join(re.escape(n) for n in sorted(demonyms, key=len, reverse=True))
    dem_re = re.compile(rf"(?<!\w)(?:{dem_alt})(?!\w)") if dem_alt else None
    _INDEXES[lexicon_lang] = (names, name_re, demonyms, dem_re)
    return _INDEXES[lexicon_lang]


class ParticipantFinder:
    """Finds participants in sentences of one document."""

    def __init__(self, doc: Document, lexicons: dict[str, Lexicon]):
        self.doc = doc
        self.text = doc.text
        self.folded = fold(doc.text)
        self.lexicons = lexicons
        self.use_fallback = not doc.mentions
        self.default_country = self._dominant_country()

    def _index(self, lang: str) -> tuple:
        return _fallback_index(lang, self.lexicons[lang].fallback)

    def _dominant_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for m in self.doc.mentions:
            if m.country and m.country not in ("IGO", "UNO", "EUR", "NGO"):
                counts[m.country] += 1
        if not counts and self.doc.text:
            lang = self.doc.article.lang if self.doc.article.lang in self.lexicons else None
            if lang:
                names, name_re, _, _ = self._index(lang)
                for found in name_re.finditer(self.folded):
                    entry, _ = names[found.group("name")]
                    if entry.kind == "GPE":
                        counts[entry.code] += 1
        return counts.most_common(1)[0][0] if counts else None

    def demonym_country(self, start: int, end: int, lang: str) -> str | None:
        """A country named by a demonym or country name in [start, end) of the text."""
        for m in self.doc.mentions:
            if start <= m.start and m.end <= end and m.type in ("GPE",) and m.country:
                return m.country
        _, _, demonyms, dem_re = self._index(lang)
        if dem_re is not None:
            found = dem_re.search(self.folded, start, end)
            if found:
                return demonyms[found.group(0)]
        return None

    def find(self, start: int, end: int, lang: str) -> list[Participant]:
        lang = lang if lang in self.lexicons else "en"
        found: list[Participant] = []
        for m in self.doc.mentions:
            if start <= m.start and m.end <= end:
                p = _from_mention(m)
                if p is not None:
                    if p.code is None:
                        self._enrich(p, m, start, lang)
                    if p.kind == "LOC":
                        continue  # a place, not a party (capitals were turned into GOV above)
                    found.append(p)
        # the fallback list also fills gaps of the entities stage (a country it did not mark)
        found.extend(f for f in self._fallback(start, end, lang, persons=self.use_fallback)
                     if not any(f.start < q.end and q.start < f.end for q in found))
        found.extend(self._generic(start, end, lang, found))
        found.extend(self._demonyms(start, end, lang, found))
        found.sort(key=lambda p: (p.start, -p.end))
        result: list[Participant] = []
        for p in found:
            if result and p.start < result[-1].end:
                continue
            prep = _PLACE_PREP[lang].search(self.folded[max(start, p.start - 25):p.start])
            # "à/au + state" is as often the dative of a recipient as a place
            p.is_place = bool(prep) and not (lang == "fr" and p.kind in ("GPE", "GENERIC") and
                                             re.match(r"\s*(?:à|a|au|aux)\b", prep.group(0)))
            if lang == "ar" and self.folded[p.start:p.start + 1] == "ب" and not p.text.startswith("ب"):
                p.is_place = True
            result.append(p)
        return result

    def _enrich(self, p: Participant, m: Mention, sent_start: int, lang: str) -> None:
        """Country and sector of an unlinked mention, from the fallback list and its title."""
        names, _, demonyms, dem_re = self._index(lang)
        key = _strip_article(fold(m.text), lang)
        hit = names.get(key) or names.get(fold(m.text))
        if hit is not None:
            entry, kind = hit
            p.code = entry.code
            p.identifier_text = entry.name
            p.identifier_id = p.identifier_id or entry.wikidata
            p.sector = p.sector or "GOV"
            if kind == "GOV" or entry.kind == "GPE":
                p.kind = "GOV" if kind == "GOV" else "GPE"
            return
        if m.type not in ("PER", "ORG"):
            return
        title = fold(m.role or "")
        left = self.folded[max(sent_start, m.start - 60):m.start]
        for scope in (title, left[-40:] if not title else ""):
            if not scope:
                continue
            if _UN_CUE.search(scope):
                p.code = "IGO"
                break
            if dem_re is not None:
                found = dem_re.search(scope)
                if found:
                    p.code = demonyms[found.group(0)]
                    break
        if p.sector is None and m.type == "PER" and (title or _TITLE_RE[lang].search(left[-40:])):
            p.sector = "GOV"

    def _demonyms(self, start: int, end: int, lang: str, known: list[Participant]) -> list[Participant]:
        """"the French ambassador", "شركات إيرانية": a party known only by its country."""
        _, _, demonyms, dem_re = self._index(lang)
        out: list[Participant] = []
        if dem_re is None:
            return out
        for found in dem_re.finditer(self.folded, start, end):
            s, e = found.span()
            if any(s < q.end + 25 and q.start - 25 < e for q in known if q.generic) or \
                    any(s < q.end and q.start < e for q in known):
                continue  # already the country of a role noun ("Algerian police") or inside a name
            if self._absorbed_by_name(e, end, known):
                continue  # "Moroccan Foreign Minister Nasser Bourita": the title of a name
            out.append(Participant(s, e, self.text[s:e], "GENERIC", code=demonyms[found.group(0)],
                                   sector=None, generic=True))
        return out

    def _fallback(self, start: int, end: int, lang: str, persons: bool = True) -> list[Participant]:
        names, name_re, _, _ = self._index(lang)
        out: list[Participant] = []
        for found in name_re.finditer(self.folded, start, end):
            entry, kind = names[found.group("name")]
            s, e = found.start("name"), found.end("name")
            out.append(Participant(
                s, e, self.text[s:e], kind, code=entry.code, sector="GOV",
                identifier_id=entry.wikidata, identifier_text=entry.name,
                actor_id=None,
            ))
            if lang == "ar" and found.start() != s:
                out[-1].is_place = self.folded[found.start():s].endswith("ب")
        if persons and lang in _PERSON_TITLES:
            out.extend(self._persons(start, end, lang, out))
        return out

    def _persons(self, start: int, end: int, lang: str, known: list[Participant]) -> list[Participant]:
        out: list[Participant] = []
        title_re = re.compile(_PERSON_TITLES[lang] + r"\b[^.;:]{0,60}$", re.I)
        for found in _PERSON_RE.finditer(self.text, start, end):
            s, e = found.start(), found.end()
            words = self.text[s:e].split()
            while words and words[0].lower().strip("'’") in _STOP_START:
                s += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or any(k.start < e and s < k.end for k in known):
                continue
            left = self.text[max(start, s - 70):s]
            code = self.demonym_country(max(start, s - 70), s, lang)
            if code is None and re.search(r"\b(?:UN|ONU|U\.N\.)\b", left):
                code = "IGO"
            sector = "GOV" if title_re.search(left) else None
            out.append(Participant(s, e, self.text[s:e], "PER", code=code, sector=sector,
                                   identifier_text=" ".join(words)))
        return out

    def _generic(self, start: int, end: int, lang: str, named: list[Participant]) -> list[Participant]:
        out: list[Participant] = []
        for pattern, sector in self.lexicons[lang].generic:
            for found in pattern.finditer(self.folded, start, end):
                s, e = found.span()
                pre = found.groupdict().get("pre")
                if pre:
                    s += len(pre)
                if any(p.start < e and s < p.end for p in named + out):
                    continue
                if self._absorbed_by_name(e, end, named):
                    continue
                window = (max(start, s - 25), min(end, e + 25))
                code = self.demonym_country(*window, lang) or self.default_country
                out.append(Participant(s, e, self.text[s:e], "GENERIC", code=code, sector=sector,
                                       identifier_text=None, generic=True))
        return out

    def _absorbed_by_name(self, end: int, limit: int, named: list[Participant]) -> bool:
        """True when a role noun is the title of a name that follows ("the envoy X")."""
        for p in named:
            if p.kind == "PER" and end <= p.start <= end + 45:
                gap = self.text[end:p.start]
                if re.fullmatch(r"[\w\s'’-]*,?\s*", gap) and len(gap.split()) <= 6:
                    return True
        return False
