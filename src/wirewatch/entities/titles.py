"""Titles and roles attached to persons in English and French text.

"Deputy Foreign Minister Sergei Vershinin", "the Moroccan ambassador to the UN, Omar
Hilale", "le vice-ministre russe des affaires étrangères, Sergueï Verchinine": the title
sets ``role`` on the person mention that follows it (a name the NER typed otherwise is
retyped, a capitalised name the NER missed is added).  A title with a country or body in
it but no name after it ("the Russian foreign minister", "le chef de la diplomatie
russe") becomes a TITLE mention for the linker to resolve to the office holder.
"""

from __future__ import annotations

from collections.abc import Callable

from wirewatch.entities.candidates import Candidate, TokenIndex
from wirewatch.entities.demonyms import looks_like_demonym
from wirewatch.entities.lexicon import Lexicon
from wirewatch.entities.textnorm import Token

Demonym = Callable[[str, str], str | None]
MAX_NAME_TOKENS = 4
_PLACE_OR_BODY = ("ORG", "GPE", "LOC")


class _Scan:
    def __init__(self, text: str, tokens: list[Token], cands: list[Candidate],
                 lex: Lexicon, demonym: Demonym, lang: str, all_caps: bool):
        self.text, self.tokens, self.lex, self.lang = text, tokens, lex, lang
        self.demonym, self.all_caps = demonym, all_caps
        self.index = TokenIndex(tokens)
        self.first: dict[int, Candidate] = {}
        self.span_of: dict[int, tuple[int, int]] = {}
        self.cover: dict[int, Candidate] = {}
        for cand in cands:
            rng = self.index.range(cand.start, cand.end)
            if rng is None:
                continue
            self.first.setdefault(rng[0], cand)
            self.span_of[id(cand)] = rng
            for k in range(*rng):
                self.cover.setdefault(k, cand)

    def norm(self, i: int) -> str:
        return self.tokens[i].norm if 0 <= i < len(self.tokens) else ""

    def head_at(self, i: int) -> int:
        """Length of the longest title head starting at token i (0 if none)."""
        if i >= len(self.tokens) or self.tokens[i].norm not in self.lex.title_head_starts:
            return 0
        for length in range(min(self.lex.max_head_len, len(self.tokens) - i), 0, -1):
            key = tuple(t.norm for t in self.tokens[i : i + length])
            if key in self.lex.title_heads:
                return length
        return 0

    def body_at(self, i: int) -> Candidate | None:
        cand = self.cover.get(i)
        if cand is not None and cand.type in _PLACE_OR_BODY and self.span_of[id(cand)][0] == i:
            return cand
        return None

    def is_demonym(self, i: int) -> bool:
        tok = self.tokens[i]
        return tok.text.isalpha() and (self.demonym(tok.text, self.lang) is not None
                                       or looks_like_demonym(tok.text, self.lang))


def _extend_left(scan: _Scan, h0: int) -> tuple[int, bool]:
    left, qualifier = h0, False
    while left > 0:
        i = left - 1
        norm = scan.norm(i)
        cand = scan.cover.get(i)
        if cand is not None and cand.type in _PLACE_OR_BODY:
            left, qualifier = scan.span_of[id(cand)][0], True
        elif norm in {"'s", "’s"} and scan.cover.get(i - 1) is not None and \
                scan.cover[i - 1].type in _PLACE_OR_BODY:
            left, qualifier = scan.span_of[id(scan.cover[i - 1])][0], True
        elif scan.lang == "en" and scan.is_demonym(i):
            left, qualifier = i, True
        elif norm in scan.lex.title_modifiers or (scan.lang == "en" and scan.head_at(i) == 1
                                                  and norm not in {"head", "chief", "leader"}):
            left = i
        else:
            break
    return left, qualifier


def _extend_right(scan: _Scan, r: int) -> tuple[int, bool]:
    lex, qualifier, n = scan.lex, False, len(scan.tokens)
    while r < n:
        norm = scan.norm(r)
        if norm in lex.title_adjectives:
            r += 1
            continue
        if scan.lang == "fr" and scan.is_demonym(r):
            r, qualifier = r + 1, True
            continue
        if norm not in lex.title_connectors:
            break
        j = r + 1
        while j < n and j - r <= 2 and (scan.norm(j) in lex.determiners
                                         or scan.norm(j) in lex.title_connectors):
            j += 1
        body = scan.body_at(j) if j < n else None
        if body is not None:
            r, qualifier = scan.span_of[id(body)][1], True
            continue
        head = scan.head_at(j) if j < n else 0
        if head:
            r = j + head
            continue
        k = j
        while k < n and scan.norm(k) in lex.title_domains and scan.norm(k) not in lex.determiners:
            k += 1
        if k > j:
            r = k
            continue
        break
    return r, qualifier


def _name_after(scan: _Scan, k: int) -> tuple[int, int] | None:
    """Token range of a capitalised name starting at token k, if any."""
    if scan.all_caps:
        return None
    tokens, n, end = scan.tokens, len(scan.tokens), k
    words = 0
    while end < n and words < MAX_NAME_TOKENS:
        tok = tokens[end]
        cand = scan.cover.get(end)
        if cand is not None and cand.kb and cand.type != "PER":
            break
        if tok.is_upper_initial and tok.norm.replace("-", "").replace("'", "").isalpha() \
                and tok.norm not in scan.lex.not_names and not scan.head_at(end):
            end, words = end + 1, words + 1
        elif (tok.norm in scan.lex.name_particles and words and end + 1 < n
              and tokens[end + 1].is_upper_initial):
            end += 1
        else:
            break
    return (k, end) if words else None


def _person_before(scan: _Scan, left: int) -> Candidate | None:
    """The person in "NAME, TITLE" apposition, when the title starts at token ``left``."""
    j = left - 1 if scan.norm(left - 1) in scan.lex.determiners else left
    if j < 2 or scan.norm(j - 1) != ",":
        return None
    cand = scan.cover.get(j - 2)
    if cand is not None and cand.type == "PER" and scan.span_of[id(cand)][1] == j - 1:
        return cand
    return None


TITLE_BODY_RULE = "title-body"


def _mark_title_bodies(cands: list[Candidate], span: tuple[int, int]) -> None:
    """An organisation the NER found inside a person's title ("présidente du Conseil
    italien, Giorgia Meloni") is part of the title, not a party of its own; bodies the
    knowledge base names ("chef de la MINURSO") stay."""
    for cand in cands:
        if cand.type == "ORG" and not cand.kb and span[0] <= cand.start and cand.end <= span[1]:
            cand.rule = TITLE_BODY_RULE


def attach_titles(text: str, tokens: list[Token], cands: list[Candidate], lex: Lexicon,
                  demonym: Demonym, lang: str, all_caps: bool = False) -> list[Candidate]:
    """Sets roles on ``cands`` in place; returns new PER and TITLE candidates."""
    scan = _Scan(text, tokens, cands, lex, demonym, lang, all_caps)
    added: list[Candidate] = []
    n, i = len(tokens), 0
    while i < n:
        head = scan.head_at(i)
        inside = scan.cover.get(i)
        if not head or (inside is not None and inside.type != "MISC"):  # not inside names
            i += 1
            continue
        left, q_left = _extend_left(scan, i)
        right, q_right = _extend_right(scan, i + head)
        role = text[tokens[left].start : tokens[right - 1].end]
        k = right + 1 if scan.norm(right) in {",", "("} else right
        person = scan.first.get(k)
        span = (tokens[left].start, tokens[right - 1].end)
        if person is not None and person.type == "PER":
            person.role = person.role or role
            _mark_title_bodies(cands, span)
        elif person is not None and person.source == "ner" and not person.kb and all(
            t.is_upper_initial or t.norm in lex.name_particles
            for t in tokens[slice(*scan.span_of[id(person)])]
        ) and person.type in (*_PLACE_OR_BODY, "MISC"):
            person.type, person.role, person.rule = "PER", role, "title+ner"
        elif (rng := _name_after(scan, k)) is not None and scan.cover.get(k) is None:
            added.append(Candidate(tokens[rng[0]].start, tokens[rng[1] - 1].end, "PER",
                                   "title", role=role, rule="title-name"))
            _mark_title_bodies(cands, span)
        elif (before := _person_before(scan, left)) is not None:
            before.role = before.role or role  # "Alexander Ivanko, head of the mission"
            _mark_title_bodies(cands, span)
        elif q_left or q_right:
            added.append(Candidate(tokens[left].start, tokens[right - 1].end, "TITLE",
                                   "title", role=role, rule="title"))
        i = max(right, i + 1)
    return added
