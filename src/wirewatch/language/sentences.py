"""Rule-based sentence splitting for English, French and Arabic.

Sentences never cross a segment boundary or a paragraph break (a blank line).

English and French (and any Latin-script language): a sentence ends at ``.``, ``!``, ``?``
or an ellipsis, together with the closing quotes and brackets that follow it (``.»``,
``?"``, ``. »``), when whitespace follows and the next word does not start with a lowercase
letter.  A full stop does not end a sentence after an abbreviation (``Mr.``, ``Mme.``,
``e.g.``, see :mod:`.abbreviations`), after a single capital (an initial, French ``M.``),
after ``No.``/``p.``/``art.`` before a number, after a list number at the start of a line,
or after a dotted acronym (``U.S.``, ``U.N.``, ``p.m.``) unless a usual sentence opener
follows.  Decimals, dotted numbers, URLs and hashtags are never split because no
whitespace follows their dots.  A single line break ends a sentence unless it looks like a
hard wrap (no closing punctuation before it, a lowercase letter after it).

Arabic: a sentence ends at ``.``, ``!``, ``?``, ``؟`` and the ellipsis, also when no space
follows and the next character is an Arabic letter or ``#`` (common in posts), and at
every line break; never at the Arabic comma ``،``.  The Arabic semicolon ``؛`` often joins
clauses of one sentence, so it ends a sentence only when both sides have at least
``MIN_SEMICOLON_WORDS`` words.  A single Arabic letter with a full stop is an
abbreviation (``د.`` for doctor) unless it follows a number (``2024 م.``, the era).

A sentence longer than ``MAX_SENTENCE_CHARS`` (text without punctuation) is cut at the
last comma or space before the limit, so later stages never get unbounded input.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from wirewatch.language.abbreviations import ALWAYS, BEFORE_NUMBER, SENTENCE_STARTERS
from wirewatch.language.scripts import ARABIC_LETTERS
from wirewatch.records import Segment, Sentence

__all__ = ["split_sentences", "sentence_spans", "MAX_SENTENCE_CHARS", "MIN_SEMICOLON_WORDS"]

MAX_SENTENCE_CHARS = 1500
MIN_SEMICOLON_WORDS = 7
ARABIC_SCRIPT_LANGS = frozenset(("ar", "fa", "ur", "ps", "ku"))

_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CANDIDATE_RE = re.compile(
    rf"(?P<p>[.!?؟…‼⁉⁈]+)(?:[ \u00a0\u202f]?[»”]|[’\"')\]]|[{_INVISIBLE}])*"
)
# Outside Arabic script a candidate needs white space (or the end) after it.
_SPACED_CANDIDATE_RE = re.compile(rf"{_CANDIDATE_RE.pattern}(?=\s|\Z)")
_WORD_CHAR_RE = re.compile(r"\w")
_ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}]")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_SEMICOLON_RE = re.compile("؛")
_WORD_RE = re.compile(r"\w+")
_OPENERS = "«“‘\"'([{—–-‹„"
_SKIP_RE = re.compile(rf"[\s{re.escape(_OPENERS)}{_INVISIBLE}]+")
_TOKEN_RE = re.compile(rf"[^\s{re.escape(_OPENERS)}]+\Z")
_STRIP_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + _INVISIBLE
_SOFT_BREAKS = (",", ";", "،", "؛")


def _next_char(chunk: str, position: int) -> tuple[str, int]:
    """The first character at or after ``position`` that is neither space nor an opener."""
    skip = _SKIP_RE.match(chunk, position, position + 20)
    if skip is not None:
        position = skip.end()
    return (chunk[position], position) if position < len(chunk) else ("", len(chunk))


def _token_before(chunk: str, end: int) -> tuple[str, int]:
    match = _TOKEN_RE.search(chunk, max(0, end - 40), end)
    start = match.start() if match is not None else end
    return chunk[start:end], start


def _number_before(chunk: str, position: int) -> bool:
    while position > 0 and chunk[position - 1].isspace():
        position -= 1
    return position > 0 and chunk[position - 1].isdigit()


def _is_abbreviation(chunk: str, token: str, token_start: int, next_char: str,
                     next_at: int) -> bool:
    if not token:
        return False
    lower = token.lower()
    if lower in ALWAYS:
        return True
    if lower in BEFORE_NUMBER and next_char.isdigit():
        return True
    if len(token) == 1 and token.isalpha():
        if _ARABIC_LETTER_RE.match(token):
            return not _number_before(chunk, token_start)
        return token.isupper()
    if token.isdigit() and len(token) <= 2 and (token_start == 0 or chunk[token_start - 1] == "\n"):
        return True
    if _DOTTED_RE.fullmatch(token):
        word = _WORD_RE.match(chunk, next_at)
        return not (word and word.group().lower() in SENTENCE_STARTERS)
    return False


def _punctuation_cuts(chunk: str, arabic: bool) -> list[int]:
    cuts: list[int] = []
    n = len(chunk)
    checked = 0  # text before this offset has been searched for a word since the last cut
    has_word = False
    candidates = _CANDIDATE_RE if arabic else _SPACED_CANDIDATE_RE
    for match in candidates.finditer(chunk):
        end = match.end()
        if not has_word:
            at = match.start()
            has_word = (at > checked and chunk[at - 1].isalnum()) or (
                _WORD_CHAR_RE.search(chunk, checked, at) is not None
            )
            checked = at
            if not has_word:
                continue  # no sentence is made of punctuation alone
        if end < n and not chunk[end].isspace():
            follower = chunk[end]
            if not (arabic and (follower == "#" or _ARABIC_LETTER_RE.match(follower))):
                continue
        next_char, next_at = _next_char(chunk, end)
        if not next_char:
            cuts.append(end)
            checked, has_word = end, False
            continue
        if next_char.islower():
            continue
        punct = match.group("p")
        if punct == ".":
            token, token_start = _token_before(chunk, match.start())
            if _is_abbreviation(chunk, token, token_start, next_char, next_at):
                continue
        cuts.append(end)
        checked, has_word = end, False
    return cuts


def _line_cuts(chunk: str, arabic: bool) -> list[int]:
    cuts: list[int] = []
    position = chunk.find("\n")
    while position >= 0:
        before = position - 1
        while before >= 0 and chunk[before] in " \t\r\u00a0":
            before -= 1
        # The next line's first character (a bullet or dash counts: it starts an item).
        next_char = chunk[position + 1:position + 1 + 200].lstrip(" \t\r\u00a0")[:1]
        hard_wrap = (
            not arabic
            and before >= 0
            and (chunk[before].isalnum() or chunk[before] in ",;-")
            and next_char.islower()
        )
        if not hard_wrap:
            cuts.append(position)
        position = chunk.find("\n", position + 1)
    return cuts


def _strip(chunk: str, start: int, end: int) -> tuple[int, int]:
    piece = chunk[start:end]
    stripped = piece.lstrip(_STRIP_CHARS)
    return start + len(piece) - len(stripped), start + len(piece.rstrip(_STRIP_CHARS))


def _split_semicolons(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    word_starts = [m.start() for m in _WORD_RE.finditer(chunk, start, end)]
    spans: list[tuple[int, int]] = []
    for match in _SEMICOLON_RE.finditer(chunk, start, end):
        left = bisect_left(word_starts, match.start()) - bisect_left(word_starts, start)
        right = len(word_starts) - bisect_left(word_starts, match.end())
        if left >= MIN_SEMICOLON_WORDS and right >= MIN_SEMICOLON_WORDS:
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, end))
    return spans


def _cap_length(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(chunk.rfind(mark, start + 1, limit) for mark in _SOFT_BREAKS) + 1
        if cut <= start + MAX_SENTENCE_CHARS // 2:
            space = max(chunk.rfind(" ", start + 1, limit), chunk.rfind("\n", start + 1, limit))
            cut = space if space > start + MAX_SENTENCE_CHARS // 2 else limit
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def sentence_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets in ``text`` of the sentences of ``text[start:end]``."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    arabic = lang in ARABIC_SCRIPT_LANGS
    cuts = sorted(set(_punctuation_cuts(chunk, arabic) + _line_cuts(chunk, arabic)))
    spans: list[tuple[int, int]] = []
    previous = 0
    for cut in [*cuts, len(chunk)]:
        s, e = _strip(chunk, previous, cut)
        previous = cut
        if s >= e:
            continue
        pieces = _split_semicolons(chunk, s, e) if arabic and "؛" in chunk[s:e] else [(s, e)]
        for ps, pe in pieces:
            if len(pieces) == 1 and pe - ps <= MAX_SENTENCE_CHARS:
                spans.append((start + ps, start + pe))  # the usual case, already stripped
                continue
            for cs, ce in _cap_length(chunk, ps, pe):
                cs, ce = _strip(chunk, cs, ce)
                if cs < ce:
                    spans.append((start + cs, start + ce))
    return spans


def split_sentences(text: str, segments: list[Segment]) -> list[Sentence]:
    """Sentences of ``text``, numbered from 0, each inside one segment and in its language.

    With no segments, the whole text is split as one segment of undetermined language.
    Segment offsets outside the text are clipped to it.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences: text must be str, not {type(text).__name__}")
    if not segments:
        segments = [Segment(0, len(text), "und", 0.0)] if text else []
    sentences: list[Sentence] = []
    size = len(text)
    for segment in segments:
        start = max(0, min(segment.start, size))
        end = max(start, min(segment.end, size))
        for s, e in sentence_spans(text, start, end, segment.lang):
            sentences.append(Sentence(len(sentences), s, e, segment.lang))
    return sentences
