"""Nationality adjectives: the KB's demonym lookup, and a shape guess for the rest.

The guess ("mauritanien", "Pakistani", "الموريتاني") only decides whether a title is
tied to a country and thus worth a TITLE mention; the country itself comes from the KB.
"""

from __future__ import annotations

from wirewatch.entities.textnorm import fold

_FR_ENDINGS = ("ien", "ienne", "ais", "aise", "ain", "aine", "ois", "oise", "ite", "ote",
               "ain", "ique", "an", "ane", "ol", "ole", "ète", "en", "enne")
_EN_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic")
_NOT_DEMONYM = frozenset(fold(w) for w in (
    "général", "générale", "spécial", "spéciale", "adjoint", "européen", "africain",
    "permanent", "permanente", "politique", "public", "publique", "international",
    "internationale", "human", "urban", "special", "general", "chief", "republican",
    "veteran", "historic", "islamic", "public", "democratic", "in", "an", "plan",
    "dont", "mais", "jamais", "pendant", "avant", "bien", "rien", "mien", "sien", "ancien",
    "ancienne", "quotidien", "certain", "prochain", "prochaine", "humain", "humaine",
    "souverain", "souveraine", "ukrainian"))
_AR_NOT_DEMONYM = frozenset(fold(w) for w in (
    "الشخصي", "الدولي", "الدولية", "الرسمي", "الرسمية", "الحالي", "الحالية", "السابق",
    "الإقليمي", "الإقليمية", "الأمني", "الأمنية", "العسكري", "العسكرية", "السياسي",
    "السياسية", "الاقتصادي", "الاقتصادية", "الخارجي", "الخارجية", "الداخلي", "الداخلية",
    "الثاني", "الثانية", "العالمي", "العالمية", "الوطني", "الوطنية", "الشعبي", "الشعبية",
    "الحكومي", "الحكومية", "الإنساني", "الإنسانية", "المدني", "المدنية", "الجماعي",
    "الملكي", "الملكية", "الرئاسي", "الرئاسية", "الإسلامي", "الإسلامية", "العربي",
    "العربية"))


def looks_like_demonym(word: str, lang: str) -> bool:
    norm = fold(word)
    if len(norm) < 4 or norm in _NOT_DEMONYM:
        return False
    if lang == "fr":
        return word.islower() and norm.endswith(_FR_ENDINGS)
    if lang == "en":
        return word[:1].isupper() and word[1:].islower() and norm.endswith(_EN_ENDINGS)
    if lang == "ar":
        if norm in _AR_NOT_DEMONYM:
            return False
        return norm.startswith("ال") and len(norm) >= 6 and norm.endswith(("ي", "يه"))
    return False
