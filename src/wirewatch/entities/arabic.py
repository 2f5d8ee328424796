"""Arabic persons, titles and organisations found by patterns (no statistical model).

* Titles: a head noun ("وزير", "المبعوث", "نائب" ...), possibly behind a clitic, followed
  by its complements (words with the article, construct-state words such as "خارجية",
  known names, "إلى"/"لدى" + complement) and then, after an optional "،", a name of 1–4
  words that need not be in the KB ("وزير الخارجية الروسي سيرغي لافروف").  The name
  stops at punctuation, function words, dates and known non-name words.
* Names without a title: a known given name followed by 1–3 name words.
* Organisations: a head noun ("وزارة", "مجلس", "حزب" ...) followed by 1–5 complements.
"""

from __future__ import annotations

from collections.abc import Callable

from wirewatch.entities import clitics
from wirewatch.entities.candidates import Candidate, TokenIndex
from wirewatch.entities.demonyms import looks_like_demonym
from wirewatch.entities.lexicon import Lexicon
from wirewatch.entities.textnorm import Token

Demonym = Callable[[str, str], str | None]
MAX_NAME_TOKENS = 3  # content words; particles (بن، دي، عبد ...) come on top
MAX_TITLE_TOKENS = 12
MAX_ORG_COMPLEMENTS = 5
_CONJ = ("و", "ف")
# prepositions that fold onto given names (على -> علي): compared on the unfolded text
_RAW_STOP = frozenset({"على", "إلى", "الى", "لدى", "حتى", "متى", "مدى", "سوى", "علي"})
_PRONOUN_ENDINGS = ("ته", "تها", "تهم", "هما", "هم", "ها")
# honorifics that may follow another title and carry the name ("ولي العهد الأمير محمد")
_HONORIFICS = frozenset({"امير", "ملك", "شيخ", "سيد", "سيده", "سلطان", "جنرال", "لواء", "عقيد"})


def _is_word(tok: Token) -> bool:
    return any(c.isalpha() for c in tok.norm)


class ArabicPatterns:
    def __init__(self, text: str, tokens: list[Token], cands: list[Candidate],
                 lex: Lexicon, demonym: Demonym):
        self.text, self.tokens, self.lex, self.demonym = text, tokens, lex, demonym
        self.index = TokenIndex(tokens)
        self.cover: dict[int, Candidate] = {}
        self.span_of: dict[int, tuple[int, int]] = {}
        for cand in cands:
            rng = self.index.range(cand.start, cand.end)
            if rng is not None:
                self.span_of[id(cand)] = rng
                for k in range(*rng):
                    self.cover.setdefault(k, cand)

    # -- word classes -------------------------------------------------------------
    def raw(self, i: int) -> str:
        """The token without harakat or tatweel but with its own letters (على stays على)."""
        return "".join(c for c in self.tokens[i].text
                       if not ("\u064b" <= c <= "\u065f" or c in "\u0640\u0670"))

    def bases(self, i: int) -> set[str]:
        return clitics.bases(self.tokens[i].norm)

    def is_not_name(self, i: int) -> bool:
        norm = self.tokens[i].norm
        if norm in self.lex.not_names or self.raw(i) in _RAW_STOP - {"علي"}:
            return True
        return any(b in self.lex.not_names for b in self.bases(i) if len(b) > 2) and \
            norm not in self.lex.given_names

    def head_at(self, i: int, heads: frozenset[tuple[str, ...]]) -> tuple[int, int]:
        """(length, clitic characters) of a head phrase at token i, (0, 0) if none."""
        tok = self.tokens[i]
        for offset, stem in clitics.stems(tok.norm):
            for form in {stem, stem[2:] if stem.startswith("ال") else stem}:
                for length in range(min(self.lex.max_head_len, len(self.tokens) - i), 0, -1):
                    rest = tuple(t.norm for t in self.tokens[i + 1 : i + length])
                    if (form, *rest) in heads:
                        return length, offset
        return 0, 0

    def is_complement(self, i: int) -> bool:
        tok = self.tokens[i]
        if not tok.is_arabic or self.is_not_name(i):
            return False
        norm = tok.norm
        if norm.startswith(("ال", "لل")) and len(norm) > 3:
            return True
        return bool(self.bases(i) & self.lex.title_words)

    def body_at(self, i: int) -> Candidate | None:
        """A known name starting at token i, not behind a clitic other than ل."""
        cand = self.cover.get(i)
        if cand is None or cand.type == "PER" or self.span_of[id(cand)][0] != i:
            return None
        prefix = self.text[self.tokens[i].start : cand.start]
        return cand if prefix in {"", "ل"} else None

    def starts_conjunct(self, i: int) -> bool:
        """A word joined by و/ف that is itself a title or non-name word ("ونائبه")."""
        norm = self.tokens[i].norm
        if not norm.startswith(_CONJ) or norm in self.lex.given_names:
            return False
        rest = norm[1:]
        return (rest in self.lex.not_names or rest in self.lex.title_words
                or (rest,) in self.lex.title_heads or rest.startswith("ال"))

    def is_name_word(self, i: int, position: int) -> bool:
        tok = self.tokens[i]
        norm = tok.norm
        if not _is_word(tok) or any(c.isdigit() for c in norm):
            return False
        if not tok.is_arabic:
            return tok.is_upper_initial
        if self.is_not_name(i) or self.starts_conjunct(i) or self.demonym(tok.text, "ar"):
            return False
        if self.head_at(i, self.lex.title_heads)[0] or self.head_at(i, self.lex.org_heads)[0]:
            return False
        cand = self.cover.get(i)
        if cand is not None and cand.type != "PER":
            return False
        after_particle = i > 0 and self.tokens[i - 1].norm in self.lex.name_particles
        if norm not in self.lex.given_names and (
                (position and not after_particle and norm.startswith(("سي", "ست"))
                 and len(norm) >= 5 and not norm.endswith("ا"))
                or (len(norm) >= 5 and norm.endswith(_PRONOUN_ENDINGS))):
            return False  # a future-tense verb ("سيزور") or a noun with a pronoun suffix
        if position >= 2 and norm.startswith(_CONJ):
            return False  # a third word joined by "و" starts a new clause
        if self.raw(i).startswith("ال"):
            prev = self.tokens[i - 1].norm if i > 0 else ""
            # "سليمان الريسوني", "محمد السادس", "عبد المجيد": article only as the second
            # word or after a particle
            return position == 1 or prev in self.lex.name_particles
        return True

    def name_from(self, k: int) -> tuple[int, int] | None:
        end, words, n = k, 0, len(self.tokens)
        while end < n and words < MAX_NAME_TOKENS:
            if self.tokens[end].norm in self.lex.name_particles and end + 1 < n:
                if self.is_name_word(end + 1, 1):
                    end, words = end + 2, words + 1
                    continue
                break
            if not self.is_name_word(end, words):
                break
            end, words = end + 1, words + 1
        return (k, end) if words else None

    def person_before(self, i: int) -> Candidate | None:
        """The person in "NAME، TITLE" apposition, when the title starts at token i."""
        if i < 2 or self.tokens[i - 1].norm not in {"،", ","}:
            return None
        cand = self.cover.get(i - 2)
        if cand is not None and cand.type == "PER" and self.span_of[id(cand)][1] == i - 1:
            return cand
        return None

    # -- patterns -----------------------------------------------------------------
    def titles(self) -> list[Candidate]:
        out: list[Candidate] = []
        tokens, n, i = self.tokens, len(self.tokens), 0
        while i < n:
            cand = self.cover.get(i)
            head, offset = self.head_at(i, self.lex.title_heads)
            if not head or (cand is not None and cand.type == "PER"):
                i += 1
                continue
            right, qualifier, closed = i + head, False, False
            while right < n and right - i < MAX_TITLE_TOKENS:
                body = self.body_at(right)
                nested = self.head_at(right, self.lex.title_heads)
                if closed and tokens[right].norm not in self.lex.title_prepositions and \
                        not self.bases(right) & self.lex.title_words:
                    break  # a nationality adjective ends the title
                if body is not None:
                    right, qualifier = self.span_of[id(body)][1], True
                elif right == i + head and nested[0] and nested[1] == 0:
                    right += nested[0]  # "نائب وزير ..."
                elif self.is_complement(right):
                    if self.demonym(tokens[right].text, "ar") or looks_like_demonym(
                            tokens[right].text, "ar"):
                        qualifier = closed = True
                    right += 1
                elif (tokens[right].norm in self.lex.title_prepositions and right + 1 < n
                      and (self.body_at(right + 1) or self.is_complement(right + 1))):
                    body = self.body_at(right + 1)
                    right = self.span_of[id(body)][1] if body is not None else right + 2
                    qualifier = qualifier or body is not None
                else:
                    break
            start = clitics.original_offset(tokens[i], offset)
            role = self.text[start : tokens[right - 1].end]
            k = right + 1 if right < n and tokens[right].norm in {"،", ","} else right
            following = self.cover.get(k)
            if k < n and self.bases(k) & _HONORIFICS and self.head_at(k, self.lex.title_heads)[0]:
                pass  # "ولي العهد السعودي الأمير محمد": the next title takes the name
            elif following is not None and following.type == "PER":
                following.role = following.role or role
            elif (rng := self.name_from(k)) is not None:
                out.append(Candidate(tokens[rng[0]].start, tokens[rng[1] - 1].end, "PER",
                                     "title", role=role, rule="title-name"))
                right = rng[1]
            elif (before := self.person_before(i)) is not None:
                before.role = before.role or role  # "ستيفان دي ميستورا، المبعوث ..."
            elif qualifier:
                out.append(Candidate(start, tokens[right - 1].end, "TITLE", "title",
                                     role=role, rule="title"))
            i = max(right, i + 1)
        return out

    def given_names(self, taken: list[Candidate]) -> list[Candidate]:
        busy = set(self.cover)
        for cand in taken:
            rng = self.index.range(cand.start, cand.end)
            if rng:
                busy.update(range(*rng))
        out: list[Candidate] = []
        tokens, i = self.tokens, 0
        while i < len(tokens):
            norm = tokens[i].norm
            offset = 0
            if norm not in self.lex.given_names and norm[:1] in {"و", "ف"} and \
                    norm[1:] in self.lex.given_names:
                offset = 1
            if i in busy or self.raw(i) in _RAW_STOP or (
                    offset == 0 and norm not in self.lex.given_names):
                i += 1
                continue
            end, words = i + 1, 1
            while end < len(tokens) and end not in busy and words < MAX_NAME_TOKENS:
                if tokens[end].norm in self.lex.name_particles and end + 1 < len(tokens) \
                        and self.is_name_word(end + 1, 1):
                    end, words = end + 2, words + 1
                elif self.is_name_word(end, words):
                    end, words = end + 1, words + 1
                else:
                    break
            if words >= 2:
                start = clitics.original_offset(tokens[i], offset)
                out.append(Candidate(start, tokens[end - 1].end, "PER", "pattern",
                                     rule="given-name"))
                i = end
            else:
                i += 1
        return out

    def organisations(self) -> list[Candidate]:
        out: list[Candidate] = []
        tokens, n = self.tokens, len(self.tokens)
        for i in range(n):
            head, offset = self.head_at(i, self.lex.org_heads)
            known = self.cover.get(i)
            if not head or (known is not None and self.span_of[id(known)][0] == i):
                continue
            right = i + head
            while right < n and right - i - head < MAX_ORG_COMPLEMENTS:
                body = self.body_at(right)
                if body is not None:
                    # "بعثة مينورسو": a known body after the head is the name itself
                    if right == i + head and body.type != "ORG":
                        right = self.span_of[id(body)][1]
                    break
                if tokens[right].is_arabic and tokens[right].norm.startswith("ال") \
                        and not self.is_not_name(right):
                    right += 1
                    if self.demonym(tokens[right - 1].text, "ar"):
                        break
                else:
                    break
            if right > i + head:
                start = clitics.original_offset(tokens[i], offset)
                out.append(Candidate(start, tokens[right - 1].end, "ORG", "pattern",
                                     rule="org-head"))
        return out
