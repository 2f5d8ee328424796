"""Arabic-only reading aids for the event coder, on folded text (see ``textnorm.fold``).

Without vowel marks the active قَتل ("killed") and the passive قُتل ("was killed") are
spelled alike.  News wording tells them apart by what follows: an active verb is followed
by its subject ("قتل مسلحون خمسة جنود"), a passive one directly by the count of its
victims ("قتل خمسة جنود في هجوم").  A damma on the verb, when the text is vocalised,
settles it.
"""

from __future__ import annotations

import re

_DAMMA = "\u064f"
_PRESENT_OR_NOUN = re.compile(r"^[وف]?(?:[يتن]|م|ال)")
_COUNT_AFTER = re.compile(
    r"^\s*(?:\d|[\u0660-\u0669]|عشرات|مئات|الاف|آلاف|عدد من|نحو|حوالي|اكثر من|ما لا يقل عن|"
    r"(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)\w*\s)")


def passive_reading(folded: str, trig_start: int, trig_end: int) -> bool:
    """True when the Arabic past-tense verb at [trig_start, trig_end) reads as a passive.

    The verb is the first word of the trigger; its victims follow as a count of people
    ("قتل خمسة جنود", "اعتقل عشرات المحتجين"), or the verb carries a damma ("قُتل",
    "اعتُقل").  Present forms, participles and verbal nouns are never read as passives.
    """
    if not 0 <= trig_start < trig_end <= len(folded):
        return False
    first = re.search(r"\S+", folded[trig_start:trig_end])
    if first is None:
        return False
    word = first.group()
    if _DAMMA in word[:4]:
        return True
    if _PRESENT_OR_NOUN.match(word):
        return False
    word_end = trig_start + first.end()
    return bool(_COUNT_AFTER.match(folded[word_end:word_end + 40]))



_REFUSAL = re.compile(r"^\s*[وف]?(?:رفض|يرفض|ترفض)")
# verbal nouns of events whose refusal is the event negated (the REJECT entry of
# triggers_ar.yaml leaves them to their own triggers)
_REFUSED_ACT = re.compile(r"(?:ال)?(?:ادان|تنديد|استنكار|اعتراف|مشارك|توقيع|لقاء|اجتماع)")


def refusal_is_no_negation(folded: str, trig_start: int, negation_cue: str) -> bool:
    """True when a refusal cue ("رفضت مصر ...") does not negate the trigger at ``trig_start``:
    the trigger is no verbal noun of an act ("رفضت المحكمة طلب الإفراج") or a coordinated
    verb of its own ("رفضت مصر الاتهامات وأدانت الهجوم")."""
    if not _REFUSAL.match(negation_cue):
        return False
    coordinated = folded[max(0, trig_start - 1):trig_start] in ("و", "ف")
    return coordinated or not _REFUSED_ACT.match(folded, trig_start)
