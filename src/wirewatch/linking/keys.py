"""Normalised name keys that meet across Latin, Arabic and Cyrillic script.

Three levels of key, from strict to loose:

* ``plain``: casefolded Latin letters without diacritics, punctuation or clitics;
* ``phonetic``: ``plain`` with English/French transliteration spellings folded
  (ou/u, ch/sh, gue/ge, -ine/-in, y/i, double letters, ...);
* ``skeleton``: the consonants of ``phonetic`` with the distinctions Arabic script does
  not make (p/b, v/f, o/u, e/i, written short vowels) removed; it is the key Arabic and
  Latin spellings of one foreign name share.

:func:`name_keys` returns them as strings prefixed ``p:``, ``f:`` and ``s:`` so that one
index can hold all three.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Arabic proclitics, longest first.  Single-letter ones are ambiguous with a name's first
# letter (بوتين starts with ب), so both readings are kept.
_ARABIC_ARTICLE_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")
_HAMZA_LAM = ("أل", "إل", "آل")  # a written hamza: the word's own letters, not the article
_ARABIC_LETTER_CLITICS = ("و", "ف", "ب", "ك", "ل")

_ARABIC_NORMALISE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "ک": "ك", "ی": "ي", "ے": "ي", "ۀ": "ه",
})

# Letter values chosen on the Wikidata English-Arabic name pairs (train split): the
# spelling an English or French name most often has for each Arabic letter.  ح and ه
# are written "H" so that they never form a digraph with the letter before (زهراء is
# z-h-r, not zh-r); keys show them as "h".
_ARABIC_TO_LATIN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "H", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "H", "و": "u", "ي": "i", "ء": "", "پ": "p", "چ": "ch", "ڤ": "v",
    "ڨ": "g", "گ": "g", "ژ": "j",
}

_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "e", "ґ": "g",
}

_LATIN_SPECIAL = str.maketrans({
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ʿ": "", "ʾ": "", "‘": " ", "’": " ", "'": " ", "`": " ", "´": " ",
})

# Leading particles that English or French spellings attach or drop (al-, el-, ...).
_LATIN_ARTICLES = ("al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ad")

# (pattern, replacement) applied in order to a token's plain form.
_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^abd(?:el|ul|al|oul|ou|ol|u|e)(?=[a-z]{3})", "abd"),
        (r"^abd(?:el|ul|al|oul|ol|ou)$", "abd"),
        (r"tch", "ch"),
        (r"sch", "sh"),
        (r"ch", "sh"),
        (r"gu(?=[eiy])", "g"),
        (r"qu", "k"),
        (r"ph", "f"),
        (r"dj", "j"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"x", "ks"),
        (r"ou", "u"),
        (r"oo", "u"),
        (r"ee", "i"),
        (r"ei", "ei"),
        (r"y", "i"),
        (r"ine$", "in"),
        (r"ienne$", "ien"),
        (r"e$", ""),
        (r"(.)\1+", r"\1"),
    )
)

# Skeleton: fold what Arabic script does not distinguish, then drop vowels and h.
_SKELETON_FOLD: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"sh", "S"),
        (r"kh", "k"),
        (r"th", "s"),
        (r"dh", "z"),
        (r"gh", "g"),
        (r"ts", "s"),
        (r"zh", "j"),
        (r"p", "b"),
        (r"v", "f"),
        (r"j", "g"),
        (r"[kq]", "k"),
        (r"z", "s"),
        (r"tS", "S"),
        (r"[aeiouhwyH]", ""),
        (r"S", "s"),
        (r"(.)\1+", r"\1"),
    )
)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_arabic(text: str) -> str:
    return _ARABIC_MARKS.sub("", text).translate(_ARABIC_NORMALISE)


def arabic_clitic_variants(token: str, *, letters: bool = True, article: bool = True) -> list[str]:
    """The token with each plausible proclitic removed (the token itself first).

    ``letters=False`` strips only the article: names as a dictionary lists them carry
    no conjunction or preposition. ``article=False`` keeps a leading alef-lam that is not
    the article (the written word began with a hamza on the alef: ألمانيا, إلهام, آل).
    """
    variants = [token]
    for clitic in _ARABIC_ARTICLE_CLITICS if article else ():
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            variants.append(token[len(clitic):])
            break
    if not letters:
        return variants
    for clitic in _ARABIC_LETTER_CLITICS:
        if token.startswith(clitic) and len(token) - 1 >= 3:
            rest = token[1:]
            variants.append(rest)
            if rest.startswith("ال") and len(rest) > 4:
                variants.append(rest[2:])
            break
    return list(dict.fromkeys(variants))


@lru_cache(maxsize=100_000)
def transliterate_arabic(token: str) -> str:
    """Rule-based Latin rendering of an Arabic-script token."""
    out: list[str] = []
    n = len(token)
    for i, ch in enumerate(token):
        latin = _ARABIC_TO_LATIN.get(ch)
        if latin is None:
            continue
        prev_vowel = i == 0 or token[i - 1] in "اويى"
        next_vowel = i + 1 < n and token[i + 1] in "اويى"
        if ch == "و":
            latin = "w" if i == 0 else "u"
            if i > 0 and token[i - 1] == "و":
                latin = ""
        elif ch == "ي":
            latin = "y" if i == 0 or (prev_vowel and next_vowel) else "i"
            if i + 1 == n and n > 2:
                latin = "i"
        elif ch == "ه" and i + 1 == n and n > 2:
            latin = "a"
        out.append(latin)
    return "".join(out)


def transliterate_cyrillic(text: str) -> str:
    return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in text.lower())


_ROMAN = {str(n): r for n, r in enumerate(
    ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"))}


def _plain_latin_tokens(text: str) -> list[str]:
    text = strip_diacritics(text.casefold().translate(_LATIN_SPECIAL))
    tokens = _TOKEN_RE.findall(text)
    # regnal numbers: "Mohammed 6" is "Mohammed VI"
    return [_ROMAN.get(t, t) if i > 0 and t.isdigit() else t for i, t in enumerate(tokens)]


@lru_cache(maxsize=100_000)
def phonetic(token: str) -> str:
    for pattern, repl in _PHONETIC_RULES:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=100_000)
def skeleton(token: str) -> str:
    for pattern, repl in _SKELETON_FOLD:
        token = pattern.sub(repl, token)
    return token


_LEADING_ARTICLES = frozenset({"the", "le", "la", "les", "l", "d"})


def _drop_articles(tokens: list[str]) -> list[str]:
    """Remove articles: al-/el- before any word, the/le/la/les/l'/d' at the start."""
    out = []
    for i, token in enumerate(tokens):
        if token in _LATIN_ARTICLES and i + 1 < len(tokens):
            continue
        if token in _LEADING_ARTICLES and not out and i + 1 < len(tokens):
            continue
        if token in ("l", "d") and i + 1 < len(tokens):
            continue
        out.append(token)
    # possessive: "Russia's" -> "russia"
    if len(out) > 1 and out[-1] == "s":
        out = out[:-1]
    return out


def latin_token_variants(surface: str, lang: str | None, *, query: bool = True) -> list[list[str]]:
    """Latin token lists for ``surface`` (several readings for Arabic clitics)."""
    text = unicodedata.normalize("NFKC", surface)
    if ARABIC_RE.search(text):
        written = [t for t in _TOKEN_RE.findall(text) if normalize_arabic(t)]
        raw = [normalize_arabic(t) for t in written]
        if not raw:
            return []
        # first token may carry a clitic; later tokens only the article
        readings: list[list[str]] = [[]]
        for index, token in enumerate(raw):
            options = (
                arabic_clitic_variants(token, letters=query and index == 0,
                                       article=not written[index].startswith(_HAMZA_LAM))
                if ARABIC_RE.search(token) else [token]
            )
            if index > 0:
                options = options[:2]
            readings = [r + [o] for r in readings for o in options][:8]
        result = []
        for reading in readings:
            tokens = []
            for token in reading:
                if ARABIC_RE.search(token):
                    tokens.append(transliterate_arabic(token))
                else:
                    tokens.extend(_plain_latin_tokens(token))
            result.append([t for t in tokens if t])
        return [r for r in result if r]
    if CYRILLIC_RE.search(text):
        text = transliterate_cyrillic(text)
    tokens = _plain_latin_tokens(text)
    if not tokens:
        return []
    variants = [tokens]
    dropped = _drop_articles(tokens)
    if dropped != tokens:
        variants.append(dropped)
    return variants


@lru_cache(maxsize=200_000)
def _keys_cached(surface: str, lang: str | None, query: bool) -> tuple[str, ...]:
    keys: list[str] = []
    for tokens in latin_token_variants(surface, lang, query=query):
        keys.append("p:" + " ".join(tokens).lower())
        phon = [phonetic(t) for t in tokens]
        keys.append("f:" + " ".join(phon).lower())
        # the skeleton ignores word boundaries: "Benali" / "بن علي", "Abdelaziz" / "عبد العزيز"
        skel = "".join(skeleton(t) for t in phon)
        if skel:
            keys.append("s:" + skel)
    return tuple(dict.fromkeys(keys))


def name_keys(surface: str, lang: str | None, *, query: bool = True) -> list[str]:
    """Normalised keys of a name: ``p:`` plain, ``f:`` phonetic, ``s:`` skeleton.

    ``query=True`` (text as found in an article) also reads an Arabic first word as
    carrying a one-letter proclitic (و ف ب ك ل); ``query=False`` (a name as a dictionary
    lists it) strips only the article.

    >>> "s:frsnn" in name_keys("Verchinine", "fr") and "s:frsnn" in name_keys("فيرشينين", "ar")
    True
    """
    if not surface or not surface.strip():
        return []
    return list(_keys_cached(surface.strip(), lang, query))


def key_kind(key: str) -> str:
    return key[:1]


def key_text(key: str) -> str:
    return key[2:]


def identity_key(surface: str, lang: str | None = None) -> str | None:
    """One script-neutral key for a name: its consonant skeleton without articles or spaces.

    Used to give names absent from the knowledge base the same id in every script and
    spelling ("Karim al-Hassan", "كريم الحسن").
    """
    return _identity_key_cached(surface or "", lang)


@lru_cache(maxsize=100_000)
def _identity_key_cached(surface: str, lang: str | None) -> str | None:
    text = unicodedata.normalize("NFKC", surface).strip()
    if not text:
        return None
    if ARABIC_RE.search(text):
        tokens = []
        for token in _TOKEN_RE.findall(text):
            token = normalize_arabic(token)
            if ARABIC_RE.search(token):
                token = arabic_clitic_variants(token, letters=False)[-1]
                tokens.append(transliterate_arabic(token))
            else:
                tokens.extend(_plain_latin_tokens(token))
    else:
        if CYRILLIC_RE.search(text):
            text = transliterate_cyrillic(text)
        tokens = _drop_articles(_plain_latin_tokens(text))
        tokens = [re.sub(r"^(al|el)(?=[a-z]{3})", "", t) for t in tokens]
    skel = "".join(skeleton(phonetic(t)) for t in tokens if t)
    return skel or None
