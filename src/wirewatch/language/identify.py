"""Language identification for a stretch of text: script evidence, function words, py3langid.

Order of evidence, cheapest first:

1. letters by script: no letters -> ``("und", 0.0)``; mostly Arabic letters -> ``ar``
   (py3langid chooses between Arabic, Persian and Urdu only when letters used by those
   languages but not by Arabic are present);
2. mostly Latin letters and enough words: English and French function words (words that
   are frequent in one of the two and rare in Spanish, Italian, Portuguese, German or
   Dutch).  When one language has most of the hits and they make up a good share of the
   words, that language is the answer; this settles ordinary news paragraphs without
   running the classifier;
3. otherwise py3langid, restricted to the languages of the detected script.  Short texts
   (fewer than ``SHORT_LETTERS`` letters) are restricted further to English and French,
   and their confidence is scaled down with their length.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from wirewatch.language.scripts import NON_LATIN_LETTER_RE, letter_counts

__all__ = ["identify_language", "SUPPORTED_LATIN", "SHORT_LETTERS"]

SUPPORTED_LATIN = ("en", "fr", "es", "de", "it", "pt", "nl", "tr", "id", "sw", "ca", "ro", "pl")
ARABIC_SCRIPT = ("ar", "fa", "ur", "ps", "ku")
OTHER_SCRIPTS = (
    "ru", "uk", "bg", "sr", "el", "he", "zh", "ja", "ko", "hi", "am", "hy", "ka", "th", "bn",
)
SHORT_LETTERS = 20
MIN_FUNCTION_WORDS = 8

_EN_WORDS = frozenset(
    """the and of to was that for with said has have had by from it as at be are were this
    which will would not but his her their they he she its after who been also is""".split()
)
_FR_WORDS = frozenset(
    """le les des du et est une dans pour qui sur au aux avec pas ne cette sont été ont ses
    leur mais ce selon après plus lors entre depuis où elle ils l d n qu""".split()
)
# Words, with French elision split off: "l'ONU" gives "l" and "onu".
_WORD_RE = re.compile(r"[^\W\d_]+")
# Letters Persian, Urdu or Pashto use and Arabic does not.
_NON_ARABIC_LETTERS_RE = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _base_identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=8)
def _identifier(langs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """A classifier restricted to ``langs``, sharing the loaded model's arrays."""
    from py3langid.langid import LanguageIdentifier

    base = _base_identifier()
    ptc, pc, classes = base._full_model
    ident = LanguageIdentifier(
        ptc, pc, classes, base.tk_nextmove, base.tk_output, norm_probs=True, tk_row=base.tk_row
    )
    ident.set_languages([lang for lang in langs if lang in set(classes)])
    return ident


def load_models() -> None:
    """Load the classifier now (a stage calls this in ``__init__``)."""
    with _lock:
        for langs in (SUPPORTED_LATIN, ("en", "fr"), ARABIC_SCRIPT, OTHER_SCRIPTS):
            _identifier(langs)


def _classify(text: str, langs: tuple[str, ...]) -> tuple[str, float]:
    lang, prob = _identifier(langs).classify(text)
    return str(lang), float(prob)


def function_word_counts(text: str) -> tuple[int, int, int]:
    """``(words, English function words, French function words)`` in ``text``."""
    words = _WORD_RE.findall(text.lower())
    return (
        len(words),
        sum(map(_EN_WORDS.__contains__, words)),
        sum(map(_FR_WORDS.__contains__, words)),
    )


def vote_from_counts(words: int, en: int, fr: int) -> tuple[str, float] | None:
    """The decision of :func:`function_word_vote` from its counts."""
    if words < MIN_FUNCTION_WORDS:
        return None
    best, other, lang = (en, fr, "en") if en >= fr else (fr, en, "fr")
    if best < 3 or best < 0.18 * words or other * 4 > best:
        return None
    return lang, round(best / (best + other), 3)


def function_word_vote(text: str) -> tuple[str, float] | None:
    """``("en"|"fr", confidence)`` when function words settle it, else None."""
    return vote_from_counts(*function_word_counts(text))


def identify_language(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code or "und", confidence in [0, 1])`` for ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"identify_language: text must be str, not {type(text).__name__}")
    if not text:
        return "und", 0.0
    latin_only = not NON_LATIN_LETTER_RE.search(text)
    if latin_only:
        vote = function_word_vote(text)
        if vote is not None:
            return vote
    arabic, latin, other = letter_counts(text)
    letters = arabic + latin + other
    if not letters:
        return "und", 0.0
    scale = min(1.0, letters / SHORT_LETTERS)
    if arabic >= latin and arabic >= other:
        if _NON_ARABIC_LETTERS_RE.search(text) and letters >= SHORT_LETTERS:
            lang, prob = _classify(text, ARABIC_SCRIPT)
            return lang, round(prob, 3)
        return "ar", round(0.99 * min(1.0, arabic / letters) * scale, 3)
    if latin >= other:
        vote = None if latin_only else function_word_vote(text)
        if vote is not None:
            return vote
        if letters < SHORT_LETTERS:
            lang, prob = _classify(text, ("en", "fr"))
            return lang, round(prob * scale, 3)
        lang, prob = _classify(text, SUPPORTED_LATIN)
        return lang, round(prob, 3)
    lang, prob = _classify(text, OTHER_SCRIPTS)
    return lang, round(prob * scale, 3)
