"""The name index: normalised name keys -> actor names, exact and fuzzy lookup."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from wirewatch.linking.keys import ARABIC_RE, name_keys

# Particles that belong to a surname: "de Mistura", "von der Leyen", "ould Ghazouani".
SURNAME_PARTICLES = frozenset({
    "de", "di", "da", "del", "della", "der", "von", "van", "le", "la", "du", "dos", "das",
    "al", "el", "bin", "ben", "ibn", "ould", "abu", "abou", "dan",
    "دي", "دا", "فون", "ولد", "بن", "ابن", "أبو", "ابو",
})

_KEY_WEIGHT = {"p": 1.0, "f": 0.96, "s": 0.88}
# shortest key text (without its prefix) worth a fuzzy comparison
_FUZZY_MIN = {"f": 6, "s": 5}
_FUZZY_CUTOFF = {"f": 86, "s": 84}
# (surface, lang) lookups remembered per index; cleared when full
_LOOKUP_CACHE_SIZE = 20_000


@dataclass(frozen=True, slots=True)
class Posting:
    actor_id: str
    surface: str
    lang: str
    kind: str  # name, capital, seat
    partial: bool  # a surname indexed on its own
    acronym: bool
    arabic: bool


def is_acronym(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return 1 < len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in surface.strip()


# Given names so common that, alone, they name nobody in particular ("Ali", "محمد").
COMMON_GIVEN_NAMES = frozenset({
    "ali", "mohamed", "mohammed", "muhammad", "mohammad", "mohamad", "ahmed", "ahmad", "hassan",
    "hasan", "hussein", "husein", "houssein", "omar", "umar", "said", "saeed", "saleh", "salah",
    "salem", "abdullah", "abdallah", "ibrahim", "ismail", "youssef", "yusuf", "khalid", "khaled",
    "mahmoud", "mustafa", "moustafa", "mostafa", "ahmet", "mehmet", "john", "david", "michael",
    "james", "jean", "pierre", "sergei", "sergey", "vladimir", "alexander", "kim", "lee", "li",
    "wang", "zhang", "abdel", "abdul", "ould", "bin", "ben",
    "علي", "محمد", "أحمد", "احمد", "حسن", "حسين", "عمر", "سعيد", "صالح", "سالم", "عبد الله",
    "عبدالله", "إبراهيم", "ابراهيم", "يوسف", "خالد", "محمود", "مصطفى",
})


def surname_forms(surface: str) -> list[str]:
    """Short forms a person is called by after a first full mention."""
    tokens = surface.split()
    if len(tokens) < 2:
        return []
    forms = [] if tokens[-1].casefold() in COMMON_GIVEN_NAMES else [tokens[-1]]
    if len(tokens) >= 3 and tokens[-2].lower() in SURNAME_PARTICLES:
        forms.append(" ".join(tokens[-2:]))
        if len(tokens) >= 4 and tokens[-3].lower() in SURNAME_PARTICLES:
            forms.append(" ".join(tokens[-3:]))
    return forms


def _spelling_similarity(query_phonetic: str, posting: Posting) -> float:
    keys = name_keys(posting.surface, None if posting.lang == "*" else posting.lang, query=False)
    other = next((k[2:] for k in keys if k[0] == "f"), "")
    return fuzz.ratio(query_phonetic, other) / 100.0 if query_phonetic and other else 0.0


def _consonants(key: str) -> int:
    return sum(1 for c in key[2:] if c != " ")


class NameIndex:
    def __init__(self) -> None:
        self.postings: list[Posting] = []
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._fuzzy_keys: dict[str, list[str]] = {"f": [], "s": []}
        self._scripts: dict[str, set[bool]] = defaultdict(set)  # actor id -> {is Arabic}
        self._frozen = False

    def add(self, surface: str, lang: str, actor_id: str, kind: str, *, person: bool) -> None:
        self._add_one(surface, lang, actor_id, kind, partial=False)
        if person:
            for form in surname_forms(surface):
                self._add_one(form, lang, actor_id, kind, partial=True)

    def _add_one(self, surface: str, lang: str, actor_id: str, kind: str, *, partial: bool) -> None:
        self._forget_lookups()
        posting = Posting(actor_id, surface, lang, kind, partial, is_acronym(surface),
                          bool(ARABIC_RE.search(surface)))
        number = len(self.postings)
        self.postings.append(posting)
        self._scripts[actor_id].add(posting.arabic)
        for key in name_keys(surface, None if lang == "*" else lang, query=False):
            if posting.acronym and not key.startswith("p:"):
                continue
            self._by_key[key].append(number)

    def _forget_lookups(self) -> None:
        self.__dict__.pop("_choices", None)
        self.__dict__.pop("_lookups", None)

    def freeze(self) -> None:
        self._forget_lookups()
        for key in self._by_key:
            kind = key[0]
            if kind in self._fuzzy_keys and len(key) - 2 >= _FUZZY_MIN[kind]:
                self._fuzzy_keys[kind].append(key[2:])
        self._by_key = dict(self._by_key)
        self._scripts = dict(self._scripts)
        self._frozen = True

    def __len__(self) -> int:
        return len(self.postings)

    def _fuzzy_choices(self, kind: str, length: int) -> list[str]:
        """The fuzzy keys of ``kind`` long enough and short enough to reach the cutoff
        against a key of ``length`` characters, in index order (which breaks ties)."""
        cache: dict[tuple[str, int], list[str]] | None = self.__dict__.get("_choices")
        if cache is None:
            cache = self.__dict__["_choices"] = {}
        choices = cache.get((kind, length))
        if choices is None:
            cutoff = _FUZZY_CUTOFF[kind]
            # ratio = 100 * (1 - indel distance / total length) and the distance is at
            # least the difference in length
            choices = cache[(kind, length)] = [
                key for key in self._fuzzy_keys[kind]
                if 100.0 * (1.0 - abs(len(key) - length) / (len(key) + length)) >= cutoff - 1e-6
            ]
        return choices

    def lookup(self, surface: str, lang: str | None, *, fuzzy: bool = True) -> dict[str, tuple[float, Posting]]:
        """Best (score, posting) per actor id for ``surface``."""
        cache: dict[tuple[str, str | None, bool], dict[str, tuple[float, Posting]]] | None
        cache = self.__dict__.get("_lookups")
        if cache is None:
            cache = self.__dict__["_lookups"] = {}
        found = cache.get((surface, lang, fuzzy))
        if found is None:
            if len(cache) >= _LOOKUP_CACHE_SIZE:
                cache.clear()
            found = cache[(surface, lang, fuzzy)] = self._lookup(surface, lang, fuzzy=fuzzy)
        return dict(found)

    def __getstate__(self) -> dict[str, object]:
        # lookup caches are rebuilt on use, never stored with the index
        return {k: v for k, v in self.__dict__.items() if k not in ("_choices", "_lookups")}

    def _lookup(self, surface: str, lang: str | None, *, fuzzy: bool) -> dict[str, tuple[float, Posting]]:
        keys = name_keys(surface, lang)
        if not keys:
            return {}
        query_arabic = bool(ARABIC_RE.search(surface))
        query_phonetic = next((k[2:] for k in keys if k[0] == "f"), "")
        query_upper = is_acronym(surface)
        best: dict[str, tuple[float, Posting]] = {}

        def offer(number: int, score: float, key: str) -> None:
            posting = self.postings[number]
            if key[0] != "s" and posting.arabic != query_arabic:
                return  # a transliteration meets the other script only on the skeleton
            if posting.acronym and not query_upper and not query_arabic:
                score *= 0.7
            if key.startswith("s:"):
                cross = posting.arabic != query_arabic
                n = _consonants(key)
                if n <= 2 and not cross:
                    return
                if not cross:
                    # in one script the skeleton is weak evidence ("J. Smith" / "José Múcio"):
                    # weigh it by how alike the phonetic spellings are
                    score *= 0.6 + 0.4 * _spelling_similarity(query_phonetic, posting)
                elif query_arabic in self._scripts[posting.actor_id]:
                    # the actor has names in the query's script: those are the better test
                    score *= 0.85
                score *= 0.8 if n <= 2 else 0.92 if n == 3 else 1.0
            if posting.partial:
                score *= 0.85
            if lang and posting.lang == lang:
                score = min(1.0, score + 0.01)
            current = best.get(posting.actor_id)
            if current is None or score > current[0]:
                best[posting.actor_id] = (score, posting)

        if query_upper:
            keys = [k for k in keys if k.startswith("p:")]
        for key in keys:
            for number in self._by_key.get(key, ()):
                offer(number, _KEY_WEIGHT[key[0]], key)
        if fuzzy and (not best or max(s for s, _ in best.values()) < 0.9):
            # the first phonetic and the first two skeleton readings are enough: further
            # readings differ only by clitics already tried exactly
            fuzzy_keys = [k for k in keys if k[0] == "f"][:1] + [k for k in keys if k[0] == "s"][:2]
            for key in fuzzy_keys:
                kind = key[0]
                if len(key) - 2 < _FUZZY_MIN[kind]:
                    continue
                cutoff = _FUZZY_CUTOFF[kind]
                weight = 0.86 if kind == "f" else 0.8
                for match, ratio, _ in process.extract(
                    key[2:], self._fuzzy_choices(kind, len(key) - 2), scorer=fuzz.ratio,
                    score_cutoff=cutoff, limit=8,
                ):
                    if kind == "f" and " " in key:
                        # the surname must be alike too: "Ivanov" is not "Ivanko"
                        ratio = min(ratio, fuzz.ratio(key.rsplit(" ", 1)[-1], match.rsplit(" ", 1)[-1]))
                        if ratio < cutoff:
                            continue
                    full = f"{kind}:{match}"
                    for number in self._by_key.get(full, ()):
                        offer(number, weight * ratio / 100.0, full)
        return best
