"""Character classes of the scripts the language stage tells apart, as compiled regexes.

Only three classes matter for segmentation: Arabic letters, Latin letters and the letters
of any other script.  Digits, punctuation, symbols, emoji and spaces belong to no script.
"""

from __future__ import annotations

import re

ARABIC = "ARAB"
LATIN = "LATN"
OTHER = "OTHR"

# Arabic-script letters (Arabic, Supplement, Extended-A, presentation forms), without
# tatweel, digits, punctuation and marks.
ARABIC_LETTERS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufdc7\ufdf0-\ufdfb"
    "\ufe70-\ufe74\ufe76-\ufefc"
)
LATIN_LETTERS = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f"
    "\ua720-\ua7ff\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a"
)

# Letters of the other scripts a news text may quote (Greek, Cyrillic, Armenian, Hebrew,
# Syriac, Indic, South-East Asian, Georgian, Ethiopic, Tifinagh, CJK, Hangul), by block.
OTHER_LETTERS = (
    "\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u05d0-\u05ea\u0700-\u074f\u0780-\u07bf"
    "\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u10a0-\u10ff\u1100-\u11ff"
    "\u1200-\u139f\u1780-\u17ff\u1800-\u18af\u1f00-\u1fff\u3040-\u30ff\u3100-\u31ff"
    "\u2d30-\u2d7f\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc"
)

ARABIC_RUN_RE = re.compile(f"[{ARABIC_LETTERS}]+")
LATIN_RUN_RE = re.compile(f"[{LATIN_LETTERS}]+")
LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
# A stretch (``match.lastgroup`` names its script): text from a letter of one script class to the last letter of that class
# before a letter of another class; digits, punctuation, spaces and symbols in between
# belong to it.
SCRIPT_STRETCH_RE = re.compile(
    f"(?P<{ARABIC}>[{ARABIC_LETTERS}](?:[^{LATIN_LETTERS}{OTHER_LETTERS}]*[{ARABIC_LETTERS}])?)"
    f"|(?P<{LATIN}>[{LATIN_LETTERS}](?:[^{ARABIC_LETTERS}{OTHER_LETTERS}]*[{LATIN_LETTERS}])?)"
    f"|(?P<{OTHER}>[{OTHER_LETTERS}](?:[^{ARABIC_LETTERS}{LATIN_LETTERS}]*[{OTHER_LETTERS}])?)"
)
# Anything that may be a letter of a script other than Latin: when a text has none, it is
# one Latin stretch.  (Common punctuation is left out so that typographic quotes and
# dashes do not send English and French texts down the slower path.)
NON_LATIN_LETTER_RE = re.compile(
    f"[^\\x00-\\x7f{LATIN_LETTERS}\\u00a0-\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u20a0-\\u20cf\\u2100-\\u214f]"
)


def letter_counts(text: str) -> tuple[int, int, int]:
    """Numbers of (Arabic, Latin, other) letters in ``text``."""
    total = sum(map(len, LETTER_RUN_RE.findall(text)))
    if not total:
        return 0, 0, 0
    arabic = sum(map(len, ARABIC_RUN_RE.findall(text))) if NON_LATIN_LETTER_RE.search(text) else 0
    latin = sum(map(len, LATIN_RUN_RE.findall(text)))
    return arabic, latin, max(0, total - arabic - latin)
