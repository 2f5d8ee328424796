"""The loaded actor knowledge base: actors, name index, roles, demonyms and metonyms."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from wirewatch.kb.dates import as_date, parse_bound
from wirewatch.kb.index import NameIndex
from wirewatch.kb.loader import LANG_ANY, KBData
from wirewatch.linking.keys import ARABIC_RE, name_keys, normalize_arabic
from wirewatch.records import Actor

# Role names a title may be asked as, and the stored roles that answer it.
ROLE_FALLBACKS: dict[str, tuple[str, ...]] = {
    "president": ("president", "head_of_state"),
    "head_of_state": ("head_of_state", "president"),
    "head_of_government": ("head_of_government",),
}

_NAME_KIND_TYPE = {"capital": "LOC", "seat": "GOV"}
_WORD_CACHE_SIZE = 200_000  # remembered demonym and metonym answers


def _arabic_adjective_forms(word: str) -> list[str]:
    """روسي -> روسية, روسيون, روسيين (and back): the inflections news text uses.

    A written hamza before a leading lam is kept (ألماني): without it the word would read
    as the article plus ماني and answer for other words (عماني)."""
    written = word.strip()
    word = normalize_arabic(written)
    if written.startswith(("أل", "إل", "آل")):
        word = written[0] + word[1:]
    forms = [word]
    if word.endswith("يه"):
        stem = word[:-1]
        forms += [stem, stem + "ون", stem + "ين"]
    elif word.endswith("ي"):
        forms += [word + "ه", word + "ون", word + "ين"]
    return forms


def _script_bucket(word: str) -> str:
    return "*ar" if ARABIC_RE.search(word) else "*lat"


def _word_keys(word: str, lang: str | None, *, query: bool = True) -> list[str]:
    """Exact keys for single words (demonyms, seats): plain forms, clitic readings."""
    return [k for k in name_keys(word, lang, query=query) if k.startswith(("p:", "f:"))]


class KnowledgeBase:
    """Actors and the indexes to find them by name, code, role and date."""

    def __init__(self, data: KBData) -> None:
        self.actors: dict[str, Actor] = data.actors
        self.codes = data.codes
        self.iso2 = data.iso2
        self.wikidata_ids = data.wikidata
        self.warnings = data.warnings
        self.files = data.files
        self._names = data.names
        self._code_of: dict[str, str] = {}
        for code, actor_id in data.codes.items():
            actor = self.actors[actor_id]
            self._code_of.setdefault(actor_id, actor.country if actor.kind == "GPE" else code)
        self.index = NameIndex()
        for entry in data.names:
            actor = self.actors[entry.actor_id]
            self.index.add(entry.surface, entry.lang, entry.actor_id, entry.kind,
                           person=actor.kind == "PER" and entry.kind == "name")
        self.index.freeze()

        self._roles: dict[tuple[str, str], list[tuple[date | None, date | None, str]]] = defaultdict(list)
        for actor in self.actors.values():
            for role in actor.roles:
                of = (role.of or "").upper()
                self._roles[(role.role, of)].append(
                    (parse_bound(role.start), parse_bound(role.end, end=True), actor.id)
                )

        self._demonyms: dict[str, dict[str, str]] = defaultdict(dict)
        self._demonym_entries: list[tuple[str, str, str]] = []
        # Arabic demonyms as written (normalised): transliterated keys drop ع, which makes
        # العماني (Omani) and الماني (German) one key; the written form tells them apart
        self._arabic_demonyms: dict[str, str] = {}
        for word, lang, iso3 in data.demonyms:
            forms = _arabic_adjective_forms(word) if ARABIC_RE.search(word) else [word]
            for form in forms:
                if ARABIC_RE.search(form):
                    self._arabic_demonyms.setdefault(normalize_arabic(form), iso3)
                self._demonym_entries.append((form, lang, iso3))
                for key in _word_keys(form, lang, query=False):
                    self._demonyms[lang].setdefault(key, iso3)
                    self._demonyms[_script_bucket(form)].setdefault(key, iso3)
        self._metonyms: dict[str, dict[str, str]] = defaultdict(dict)
        for word, lang, iso3 in data.metonyms:
            for key in _word_keys(word, lang, query=False):
                self._metonyms[lang].setdefault(key, iso3)
                self._metonyms[_script_bucket(word)].setdefault(key, iso3)
        self._organisation_seats: dict[str, dict[str, str]] = defaultdict(dict)
        for word, lang, actor_id in data.organisation_seats:
            for key in _word_keys(word, lang, query=False):
                self._organisation_seats[lang].setdefault(key, actor_id)
                self._organisation_seats[_script_bucket(word)].setdefault(key, actor_id)

    # -- lookups ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def by_code(self, code: str | None) -> Actor | None:
        """The actor an ISO 3166 alpha-3 code or an organisation code (UN, AU, MINURSO) names."""
        if not code:
            return None
        actor_id = self.codes.get(code.strip().upper())
        return self.actors.get(actor_id) if actor_id else None

    def code_of(self, actor_id: str) -> str | None:
        """The ISO alpha-3 or organisation code of an actor, if it has one."""
        return self._code_of.get(actor_id)

    def country(self, code: str | None) -> Actor | None:
        """The state or territory with this ISO 3166 alpha-3 (or alpha-2) code."""
        if not code:
            return None
        code = code.strip().upper()
        actor_id = self.codes.get(code) if len(code) == 3 else self.iso2.get(code)
        actor = self.actors.get(actor_id) if actor_id else None
        return actor if actor is not None and actor.kind == "GPE" else None

    def government(self, code: str | None) -> Actor | None:
        """The GOV actor standing for a state's government (what "Moscow" means as a subject)."""
        if not code:
            return None
        return self.actors.get(f"gov:{code.strip().upper()}")

    def candidates(self, surface: str, lang: str | None = None, *,
                   fuzzy: bool = True) -> list[tuple[Actor, float]]:
        """Actors ``surface`` may name, best first, with scores in (0, 1].

        ``fuzzy=False`` skips the comparison with alike spellings, whose scores stay
        below 0.9: a caller that only takes scores of 0.9 or more gets the same answer."""
        if not surface or not surface.strip():
            return []
        found = self.index.lookup(surface, lang, fuzzy=fuzzy)
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
        return [(self.actors[actor_id], round(score, 4)) for actor_id, (score, _) in ranked]

    def match_details(self, surface: str, lang: str | None = None) -> list[tuple[Actor, float, bool, str]]:
        """Like :meth:`candidates` with (actor, score, partial, name kind) per actor."""
        found = self.index.lookup(surface, lang)
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0]))
        return [(self.actors[a], round(s, 4), p.partial, p.kind) for a, (s, p) in ranked]

    def holders(self, role: str, of: str, on: date | str | None = None) -> list[Actor]:
        """Everyone holding ``role`` of ``of`` on ``on`` (today when None), latest start first."""
        day = as_date(on) or date.today()
        of_key = (of or "").upper()
        found: list[tuple[date, str]] = []
        for name in ROLE_FALLBACKS.get(role, (role,)):
            for start, end, actor_id in self._roles.get((name, of_key), ()):
                if (start is None or start <= day) and (end is None or day <= end):
                    found.append((start or date.min, actor_id))
            if found:
                break
        found.sort(reverse=True)
        return [self.actors[a] for a in dict.fromkeys(a for _, a in found)]

    def holder_of(self, role: str, of: str, on: date | str | None = None) -> Actor | None:
        """Who held ``role`` (e.g. "foreign_minister") of ``of`` (e.g. "RUS") on ``on``."""
        found = self.holders(role, of, on)
        return found[0] if found else None

    def _word_cache(self) -> dict[tuple[str, str, str | None, bool], str | None]:
        # phrase scans ask the same words again and again (every title context, every
        # article naming a capital); the tables never change once built
        cache = self.__dict__.get("_word_answers")
        if cache is None or len(cache) >= _WORD_CACHE_SIZE:
            cache = self.__dict__["_word_answers"] = {}
        return cache

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_word_answers"}

    def demonym(self, word: str, lang: str | None = None) -> str | None:
        """ISO alpha-3 code of a demonym or adjective: "russe", "الروسية", "Moroccan"."""
        cache = self._word_cache()
        key = ("d", word, lang, False)
        if key in cache:
            return cache[key]
        found = cache[key] = self._demonym(word, lang)
        return found

    def _demonym(self, word: str, lang: str | None) -> str | None:
        if word and ARABIC_RE.search(word):
            written = normalize_arabic(word.strip())
            for clitic in ("", "ال", "وال", "بال", "لل", "فال", "و", "ب", "ل", "ف"):
                if written.startswith(clitic) and len(written) - len(clitic) >= 3:
                    found = self._arabic_demonyms.get(written[len(clitic):])
                    if found:
                        return found
        return self._word_lookup(self._demonyms, word, lang)

    def metonym(self, word: str, lang: str | None = None, *, exact: bool = False) -> str | None:
        """ISO alpha-3 code of a capital or seat of government: "Kremlin", "موسكو", "Rabat".

        ``exact=True`` reads no one-letter Arabic proclitic off the word ("بموسكو" -> None).
        """
        cache = self._word_cache()
        key = ("m", word, lang, exact)
        if key in cache:
            return cache[key]
        found = cache[key] = self._word_lookup(self._metonyms, word, lang, query=not exact)
        return found

    def seated_organisation(self, word: str, lang: str | None = None) -> Actor | None:
        """The organisation a city stands for when it acts: "Brussels", "Bruxelles", "بروكسل"
        for the European Union.  The city's own state answers to :meth:`metonym`."""
        cache = self._word_cache()
        key = ("o", word, lang)
        if key not in cache:
            cache[key] = self._word_lookup(self._organisation_seats, word, lang)
        actor_id = cache[key]
        return self.actors.get(actor_id) if actor_id else None

    @staticmethod
    def _word_lookup(
        table: dict[str, dict[str, str]], word: str, lang: str | None, *, query: bool = True
    ) -> str | None:
        if not word or not word.strip():
            return None
        keys = _word_keys(word, lang, query=query)
        script = _script_bucket(word)
        # the language's own words, then any language's words in the same script: a
        # transliterated Arabic word must not answer for an English one ("man", عمان)
        buckets = (lang, script) if lang and (lang == "ar") == (script == "*ar") else (script,)
        for bucket in buckets:
            entries = table.get(bucket, {})
            for key in keys:
                if key in entries:
                    return entries[key]
        return None

    def iter_names(self, lang: str | None = None) -> Iterator[tuple[str, str, str]]:
        """(surface, actor id, type) for gazetteer matchers.

        type is the mention type a match gives: PER, ORG, GPE, LOC (a capital), GOV (a
        seat of government) or NORP (a demonym or national adjective; its actor is the
        state).  ``lang`` keeps names of that language plus language-neutral ones.
        """
        seen: set[tuple[str, str]] = set()
        for entry in self._names:
            if lang and entry.lang not in (lang, LANG_ANY):
                continue
            actor = self.actors[entry.actor_id]
            kind = _NAME_KIND_TYPE.get(entry.kind) or ("ORG" if actor.kind == "GOV" else actor.kind)
            if (entry.surface, entry.actor_id) in seen:
                continue
            seen.add((entry.surface, entry.actor_id))
            yield entry.surface, entry.actor_id, kind
        for word, word_lang, iso3 in self._demonym_entries:
            if lang and word_lang not in (lang, LANG_ANY):
                continue
            actor_id = self.codes.get(iso3)
            if actor_id and (word, actor_id) not in seen:
                seen.add((word, actor_id))
                yield word, actor_id, "NORP"

    def demonyms(self, lang: str) -> Iterator[tuple[str, str]]:
        """(demonym, ISO alpha-3 code) pairs of one language ("Georgian", "GEO")."""
        for word, word_lang, iso3 in self._demonym_entries:
            if word_lang == lang:
                yield word, iso3

    def search(self, query: str, limit: int = 20) -> list[Actor]:
        """Actors for the ``actors`` command: by id, code, name keys, then name substring."""
        query = (query or "").strip()
        if not query:
            return []
        results: list[Actor] = []
        direct = self.actors.get(query) or self.by_code(query) or self.country(query)
        if direct is None and query.upper().startswith("Q"):
            actor_id = self.wikidata_ids.get(query.upper())
            direct = self.actors.get(actor_id) if actor_id else None
        if direct is not None:
            results.append(direct)
        results.extend(actor for actor, _ in self.candidates(query))
        if len(results) < limit:
            needle = query.casefold()
            for actor in self.actors.values():
                if any(needle in n.casefold() for ns in actor.names.values() for n in ns):
                    results.append(actor)
                    if len(results) >= limit * 2:
                        break
        unique = {actor.id: actor for actor in reversed(results)}
        ordered = list(dict.fromkeys(actor.id for actor in results))
        return [unique[actor_id] for actor_id in ordered][:limit]
