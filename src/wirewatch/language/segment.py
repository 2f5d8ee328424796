"""Split a document into contiguous stretches of one language.

1. Material that carries no language is masked: URLs, e-mail addresses, @handles and the
   signature line of an embedded post (``(@handle) March 11, 2024``), so that a link or a
   handle never decides a language.
2. The remaining letters form script runs (Arabic, Latin, other).  Neighbouring runs of one
   script make a *stretch*.  A stretch shorter than ``MIN_STRETCH_LETTERS`` letters or
   ``MIN_STRETCH_WORDS`` words (a Latin name in Arabic text, an Arabic word quoted in
   French) does not make a segment: it belongs to the text around it.  A stretch that
   starts after and ends before a sentence end or line break (a short Arabic sentence
   after an English one) needs only ``MIN_SENTENCES_LETTERS`` letters and
   ``MIN_SENTENCES_WORDS`` words.
3. Arabic-script stretches are identified as a whole; Latin and other stretches unit by
   unit, a unit being a line or, in a long line, a sentence.  Units of fewer than
   ``MIN_LINE_CHARS`` characters (titles, bylines, captions, short sentences) take the
   language of the unit before them (or after, at the start) unless English or French
   function words decide them; so do units identified with a confidence below
   ``LINE_CONFIDENCE``.
4. Neighbours in one language merge; the boundary between two segments is put at the last
   line break or sentence end between them, else before the word that starts the second.

Segments cover the whole text: the first starts at 0, each starts where the previous one
ends, the last ends at ``len(text)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.language.identify import (
    SUPPORTED_LATIN,
    function_word_counts,
    function_word_vote,
    identify_language,
    vote_from_counts,
)
from wirewatch.language.scripts import (
    ARABIC,
    LATIN,
    LETTER_RUN_RE,
    NON_LATIN_LETTER_RE,
    SCRIPT_STRETCH_RE,
)
from wirewatch.records import Segment

__all__ = ["language_segments", "MIN_STRETCH_LETTERS", "MIN_STRETCH_WORDS", "MIN_LINE_CHARS"]

MIN_STRETCH_LETTERS = 30
MIN_STRETCH_WORDS = 4
# A stretch that is whole sentences (an Arabic sentence after an English one) needs less.
MIN_SENTENCES_LETTERS = 15
MIN_SENTENCES_WORDS = 3
MIN_LINE_CHARS = 50
# Below this confidence a caller's hint (the article's declared language) wins, when the
# hint is written in the stretch's script.
HINT_CONFIDENCE = 0.5
# A line identified with less confidence takes the language of its neighbours.
LINE_CONFIDENCE = 0.6
# Identification reads at most this much of a line or stretch.
_ID_SAMPLE_CHARS = 1000
_COUNT_PREFIX = 400

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
_DOMAIN_END_RE = re.compile(
    r"\.(?:com|org|net|int|gov|edu|info|io|co|me|ly|news|tv)\b(?:/[^\s<>\"«»]*)?", re.IGNORECASE
)
_DOMAIN_START_RE = re.compile(r"[\w.-]+$")
_AT_RE = re.compile("@")
_HANDLE_RE = re.compile(r"@\w{1,30}")
_EMAIL_TAIL_RE = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
_EMAIL_HEAD_RE = re.compile(r"[\w.+-]+$")
_MOIS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# Signature of an embedded post, English or French form: "(@handle) March 11, 2024".
_SIGNATURE_RE = re.compile(
    rf"\(@\w{{1,30}}\)\s+(?:(?:{_MONTHS})\s+\d{{1,2}},|\d{{1,2}}\s+(?:{_MOIS}))\s+\d{{4}}"
)
_LINE_BREAK_RE = re.compile(r"\n")
_CLAUSE_END_RE = re.compile(r"[.!?؟…\n]")
_SENTENCE_END_RE = re.compile(r"[.!?؟…](?:[\"'»”’)\]]*)\s+")


@dataclass
class _Stretch:
    start: int
    end: int
    script: str
    letters: int
    words: int


@dataclass
class _Piece:
    start: int
    end: int
    lang: str
    confidence: float

    def absorb(self, other: _Piece) -> None:
        """Extend over ``other`` (same language), weighing confidences by length."""
        size, extra = self.end - self.start, other.end - other.start
        self.confidence = (self.confidence * size + other.confidence * extra) / max(1, size + extra)
        self.end = other.end


def _neutral_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        spans.extend(m.span() for m in _URL_RE.finditer(text))
    for match in _DOMAIN_END_RE.finditer(text):
        head = _DOMAIN_START_RE.search(text, max(0, match.start() - 100), match.start())
        if head is not None:
            spans.append((head.start(), match.end()))
    if "@" in text:
        for at in _AT_RE.finditer(text):
            spans.extend(_address_at(text, at.start()))
        if "(@" in text:
            spans.extend(m.span() for m in _SIGNATURE_RE.finditer(text))
    return spans


def _address_at(text: str, at: int) -> list[tuple[int, int]]:
    """The @handle or e-mail address around the ``@`` at ``at``, if any."""
    head = _EMAIL_HEAD_RE.search(text, max(0, at - 64), at)
    if head is not None:
        tail = _EMAIL_TAIL_RE.match(text, at)
        return [(head.start(), tail.end())] if tail is not None else []
    handle = _HANDLE_RE.match(text, at)
    return [handle.span()] if handle is not None else []


def _mask_neutral(text: str) -> str:
    """``text`` with links, addresses, handles and post signatures blanked out."""
    spans = _neutral_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _stretches(masked: str) -> list[_Stretch]:
    stretches: list[_Stretch] = []
    for match in SCRIPT_STRETCH_RE.finditer(masked):
        start, end = match.span()
        # Counting a prefix is enough to know that a long stretch is long enough.
        runs = LETTER_RUN_RE.findall(masked, start, min(end, start + _COUNT_PREFIX))
        if end - start > _COUNT_PREFIX and not _long_enough(sum(map(len, runs)), len(runs)):
            runs = LETTER_RUN_RE.findall(masked, start, end)
        stretch = _Stretch(start, end, match.lastgroup or LATIN, sum(map(len, runs)), len(runs))
        if stretches and stretches[-1].script == stretch.script:
            stretches[-1].end = end
            stretches[-1].letters += stretch.letters
            stretches[-1].words += stretch.words
        else:
            stretches.append(stretch)
    return stretches


def _long_enough(letters: int, words: int) -> bool:
    return letters >= MIN_STRETCH_LETTERS and words >= MIN_STRETCH_WORDS


def _whole_sentences(masked: str, stretches: list[_Stretch], i: int) -> bool:
    """Whether stretch ``i`` starts after and ends before a sentence end or line break."""
    before = masked[stretches[i - 1].end:stretches[i].start] if i > 0 else "."
    after = masked[stretches[i].end:stretches[i + 1].start] if i + 1 < len(stretches) else "."
    return bool(_CLAUSE_END_RE.search(before) and _CLAUSE_END_RE.search(after))


def _significant(masked: str, stretches: list[_Stretch]) -> list[_Stretch]:
    """Drop short stretches into their neighbours and merge what then touches."""
    if len(stretches) <= 1:
        return stretches
    kept = [
        s for i, s in enumerate(stretches)
        if _long_enough(s.letters, s.words)
        or (s.letters >= MIN_SENTENCES_LETTERS and s.words >= MIN_SENTENCES_WORDS
            and _whole_sentences(masked, stretches, i))
    ]
    if not kept:
        kept = [max(stretches, key=lambda s: s.letters)]
    merged: list[_Stretch] = []
    for stretch in kept:
        if merged and merged[-1].script == stretch.script:
            last = merged[-1]
            last.end = stretch.end
            last.letters += stretch.letters
            last.words += stretch.words
        else:
            merged.append(_Stretch(stretch.start, stretch.end, stretch.script,
                                   stretch.letters, stretch.words))
    return merged


def _boundary(text: str, left_end: int, right_start: int) -> int:
    """Where a segment ending after ``left_end`` hands over to one starting at ``right_start``."""
    gap = text[left_end:right_start]
    newline = gap.rfind("\n")
    if newline >= 0:
        return left_end + newline + 1
    last_end = None
    for match in _SENTENCE_END_RE.finditer(gap):
        last_end = match.end()
    if last_end is not None:
        return left_end + last_end
    position = right_start
    while position > left_end and not text[position - 1].isspace():
        position -= 1
    return position


def _hinted(lang: str, confidence: float, script: str, hint: str | None) -> tuple[str, float]:
    if hint is None or confidence >= HINT_CONFIDENCE or hint == lang:
        return lang, confidence
    hint_script = ARABIC if hint in ("ar", "fa", "ur", "ps") else LATIN if hint in SUPPORTED_LATIN else None
    if hint_script == script:
        return hint, confidence
    return lang, confidence


def _sample(text: str) -> str:
    """The part of a long text that identification looks at (it is linear in length)."""
    if len(text) <= _ID_SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", _ID_SAMPLE_CHARS // 2, _ID_SAMPLE_CHARS)
    return text[:cut if cut > 0 else _ID_SAMPLE_CHARS]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    for match in _LINE_BREAK_RE.finditer(text, start, end):
        spans.append((position, match.end()))
        position = match.end()
    if position < end:
        spans.append((position, end))
    return spans


def _one_language(line: str) -> tuple[str, float] | None:
    """The line's language when its function words are all English or all French."""
    words, en, fr = function_word_counts(line)
    vote = vote_from_counts(words, en, fr)
    if vote is None or min(en, fr) > max(1, max(en, fr) // 20):
        return None
    return vote


def _units(text: str, start: int, end: int,
           latin: bool) -> list[tuple[int, int, tuple[str, float] | None]]:
    """Lines of ``text[start:end]``, a long line cut after each sentence end unless its
    function words show one language (then that language comes with it)."""
    units: list[tuple[int, int, tuple[str, float] | None]] = []
    for line_start, line_end in _lines(text, start, end):
        if line_end - line_start < 2 * MIN_LINE_CHARS:
            units.append((line_start, line_end, None))
            continue
        known = _one_language(text[line_start:line_end]) if latin else None
        if known is not None:
            units.append((line_start, line_end, known))
            continue
        position = line_start
        for match in _SENTENCE_END_RE.finditer(text, line_start, line_end):
            units.append((position, match.end(), None))
            position = match.end()
        if position < line_end:
            units.append((position, line_end, None))
    return units


def _identify_stretch(text: str, stretch: _Stretch, start: int, end: int,
                      hint: str | None) -> list[_Piece]:
    """Language pieces of one stretch occupying ``text[start:end]``."""
    if stretch.script == ARABIC:
        lang, confidence = identify_language(_sample(text[start:end]))
        return [_Piece(start, end, *_hinted(lang, confidence, stretch.script, hint))]
    pieces: list[_Piece] = []
    pending: list[tuple[int, int]] = []  # units waiting for a language
    for unit_start, unit_end, known in _units(text, start, end, stretch.script == LATIN):
        unit = text[unit_start:unit_end]
        if known is not None:
            lang, confidence = known
        elif len(unit.strip()) < MIN_LINE_CHARS:
            # A short unit counts only when its function words leave no doubt.
            vote = function_word_vote(unit) if stretch.script == LATIN else None
            if vote is None:
                pending.append((unit_start, unit_end))
                continue
            lang, confidence = vote
        else:
            lang, confidence = _hinted(*identify_language(_sample(unit)), stretch.script, hint)
            if confidence < LINE_CONFIDENCE:
                # An uncertain unit (a caption, a list of names) goes with its neighbours.
                pending.append((unit_start, unit_end))
                continue
        piece_start = pending[0][0] if pending and not pieces else unit_start
        if pending and pieces:
            pieces[-1].end = pending[-1][1]
        pending = []
        piece = _Piece(piece_start, unit_end, lang, confidence)
        if pieces and pieces[-1].lang == lang:
            pieces[-1].absorb(piece)
        else:
            pieces.append(piece)
    if not pieces:
        lang, confidence = identify_language(_sample(text[start:end]))
        return [_Piece(start, end, *_hinted(lang, confidence, stretch.script, hint))]
    pieces[-1].end = end
    pieces[0].start = start
    return pieces


def language_segments(text: str, hint: str | None = None) -> list[Segment]:
    """Contiguous language segments covering all of ``text`` (empty list for empty text).

    ``hint`` is the declared language of the document, if any; it decides stretches whose
    identification is uncertain and text that has no letters at all.
    """
    if not isinstance(text, str):
        raise TypeError(f"language_segments: text must be str, not {type(text).__name__}")
    if not text:
        return []
    if not NON_LATIN_LETTER_RE.search(text):
        # Only ASCII and Latin letters: one script stretch over everything.
        stretches = [_Stretch(0, len(text), LATIN, MIN_STRETCH_LETTERS, MIN_STRETCH_WORDS)]
    else:
        masked = _mask_neutral(text)
        stretches = _significant(masked, _stretches(masked))
    if not stretches or not any(ch.isalpha() for ch in text):
        return [Segment(0, len(text), hint or "und", 0.0)]

    pieces: list[_Piece] = []
    start = 0
    for i, stretch in enumerate(stretches):
        if i + 1 < len(stretches):
            end = _boundary(text, stretch.end, stretches[i + 1].start)
        else:
            end = len(text)
        for piece in _identify_stretch(text, stretch, start, end, hint):
            if pieces and pieces[-1].lang == piece.lang:
                pieces[-1].absorb(piece)
            else:
                pieces.append(piece)
        start = end
    return [Segment(p.start, p.end, p.lang, round(p.confidence, 3)) for p in pieces]
