"""Negation and auxiliary mode (future, hypothetical, historical) of a trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.events.lexicon import Lexicon, any_match

_BEFORE_WINDOW = 60

# A cancelled event did not happen ("called off strikes", "a annulé la visite", "ألغى القمة").
_CANCELLED = {
    "en": re.compile(r"(?<![\w])(?:called off|cancell?ed|cancell?ing|scrapped|calls? off|cancels?)\s+"
                     r"(?:[\w'-]+\s+){0,3}$"),
    "fr": re.compile(r"(?<![\w])(?:annulé|annule|annulent|annulation de)\s+(?:\w+\s+){0,1}"
                     r"(?:la\s+|le\s+|l'|les\s+|sa\s+|son\s+|ses\s+|leur\s+)?(?:\w+\s+){0,1}$"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:الغي|الغت|يلغي|تلغي|الغاء)\s+(?:\S+\s+){0,2}$"),
}
# A denial governs its complement clause: "denied that he had met", "نفى أن يكون قد التقى".
_DENIAL = {
    "en": re.compile(r"(?<![\w])(?:denied|denies|deny|denying)\s+(?:that|having|it had|reports that)(?![\w])"),
    "fr": re.compile(r"(?<![\w])(?:démenti|dément|démentent|nié|nie|nient)\s+(?:que|qu'|avoir)"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا)\s+(?:\S+\s+){0,4}?ان(?:\s|$)"),
}
# French trigger nouns that end like a conditional or a future ("retrait", "extrait").
_FR_NOUN_ENDING = re.compile(r"(?:trait|tra)$")
# The second particle of "ne ... pas" or a word that is negative by itself ("sans", "refuser de").
_FR_NEGATIVE_WORD = re.compile(r"\b(?:pas|jamais|plus|point|guère|aucune?s?|ni|sans|refus\w*|renon\w*|abst\w*)\b")
# A negated verb of avoiding or a negated restriction asserts its complement:
# "did not hesitate to strike", "n'exclut pas de frapper", "لم يتردد في", "not only ... but".
_DOUBLE_NEGATIVE = {
    "en": re.compile(r"\b(?:hesitat\w*|rule[sd]? out|ruling out|exclud\w*|only|just|least|matter|doubt|sooner)\b"),
    "fr": re.compile(r"\b(?:hésit\w*|exclu\w*|seulement|uniquement|manqu\w*|empêch\w*)\b"),
    "ar": re.compile(r"(?:^|\s)(?:يتردد|تتردد|يترددوا|يستبعد|تستبعد|نستبعد|يكتف|تكتف|يكتفي|تكتفي|فقط)(?:\s|$)"),
}
_CLAUSE_MARK = re.compile(r"[;,،:«»\"]")


@dataclass
class Modality:
    negated: bool
    aux: str | None
    cue: str | None = None


def _before(folded: str, clause_start: int, trig_start: int) -> str:
    # a trigger may start inside a word (after the Arabic article): look back from the word start
    while trig_start > clause_start and folded[trig_start - 1].isalpha():
        trig_start -= 1
    return folded[max(clause_start, trig_start - _BEFORE_WINDOW):trig_start]


def _clause_end(folded: str, trig_end: int, sent_end: int) -> int:
    right = _CLAUSE_MARK.search(folded, trig_end, sent_end)
    return right.start() if right else sent_end


def _clause(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int) -> str:
    """The trigger's own clause: between the punctuation marks around it."""
    left = sent_start
    for m in _CLAUSE_MARK.finditer(folded, sent_start, trig_start):
        left = m.end()
    right = _CLAUSE_MARK.search(folded, trig_end, sent_end)
    return folded[left:right.start() if right else sent_end]


def detect(folded: str, sent_start: int, sent_end: int, trig_start: int, trig_end: int,
           trigger_text: str, prefix: str | None, lex: Lexicon) -> Modality:
    """Negation and aux from cues before, in and after the trigger, within its sentence."""
    cues = lex.cues
    before = _before(folded, sent_start, trig_start)
    # cut the look-back at the last clause boundary so that "X did not ..., Y condemned" stays positive
    for mark in (";", ",", "،", "«", "»", "\"", ":"):
        cut = before.rfind(mark)
        if cut >= 0 and lex.lang != "fr":
            before = before[cut + 1:]
    if lex.lang == "fr":
        cut = max(before.rfind(";"), before.rfind(":"))
        if cut >= 0:
            before = before[cut + 1:]
    after = folded[trig_end:min(sent_end, trig_end + 25)]
    trig = folded[trig_start:trig_end]

    negation = any_match(cues.get("negation_before", []), before)
    if negation is None and lex.lang == "fr":
        # "ne condamne pas": the particle before, "pas" after
        if any_match(cues.get("negation_after", []), after) and ("n'" in before[-12:] or " ne " in before[-12:] + " "):
            negation = any_match(cues.get("negation_after", []), after)
    if lex.lang == "fr" and negation is not None and not _FR_NEGATIVE_WORD.search(negation.group(0)) \
            and not any_match(cues.get("negation_after", []), after):
        negation = None  # a bare "n'" without its second particle
    if negation is None:
        # "the meeting did not take place", "la réunion n'a pas eu lieu": the event noun is the subject
        negation = any_match(cues.get("negation_of_occurrence", []),
                             folded[trig_end:_clause_end(folded, trig_end, min(sent_end, trig_end + 50))])
    if negation is not None and lex.lang in _DOUBLE_NEGATIVE and _DOUBLE_NEGATIVE[lex.lang].search(negation.group(0)):
        negation = None
    if negation is None:
        negation = _CANCELLED[lex.lang].search(before) if lex.lang in _CANCELLED else None
    if negation is None and lex.lang in _DENIAL:
        negation = _DENIAL[lex.lang].search(folded, max(sent_start, trig_start - 100), trig_start)
    negated = negation is not None

    aux: str | None = None
    cue: str | None = None
    if lex.lang == "ar" and prefix and "س" in prefix:
        aux, cue = "future", prefix
    if aux is None:
        found = any_match(cues.get("future_before", []), before)
        first = trig.split()[0] if trig.split() else trig
        if found is None and lex.lang == "fr" and not _FR_NOUN_ENDING.search(first):
            found = any_match(cues.get("future_trigger", []), first) or any_match(cues.get("future_trigger", []), trig)
        if found is None:
            # "next week" dates its own clause: "summoned ..., then cancelled a visit planned for next week"
            clause = _clause(folded, sent_start, sent_end, trig_start, trig_end)
            found = any_match(cues.get("future_after", []), after) or any_match(cues.get("future_sentence", []), clause)
        if found is not None:
            aux, cue = "future", found.group(0)
    if aux is None:
        found = any_match(cues.get("hypothetical_before", []), before)
        if found is not None and lex.lang == "ar" and _perfect_after_qad(found.group(0), folded, trig_start):
            found = None  # "قد التقى": قد before a past verb asserts, it does not hedge
        first = trig.split()[0] if trig.split() else trig
        if found is None and lex.lang == "fr" and not _FR_NOUN_ENDING.search(first):
            found = any_match(cues.get("hypothetical_trigger", []), first)
        if found is not None:
            aux, cue = "hypothetical", found.group(0)
    if negated and aux is None and lex.lang == "ar" and negation.group(0).strip().startswith("لن"):
        aux = "future"
    if aux is None and not negated:
        # "expulsions over the attack", "après l'attaque", "بعد مقتل": a prior event recalled as background
        local = re.split(r"[;,،:«»\"]", before)[-1]
        found = any_match(cues.get("background_before", []), local)
        if found is not None:
            aux, cue = "historical", found.group(0)
    return Modality(negated, aux, cue or (negation.group(0) if negation else None))


def _perfect_after_qad(cue: str, folded: str, trig_start: int) -> bool:
    """The hedge cue is قد and the word after it is a perfect verb (no imperfect prefix)."""
    words = cue.split()
    if not words or words[0] not in ("قد", "وقد", "فقد"):
        return False
    after = folded[trig_start:trig_start + 15].split()
    word = words[1] if len(words) > 1 else (after[0] if after else "")
    return bool(word) and word[0] not in "يتن"


def historical_cue(folded: str, sent_start: int, sent_end: int, lex: Lexicon) -> bool:
    return any_match(lex.cues.get("historical_sentence", []), folded[sent_start:sent_end]) is not None


def pluperfect(folded: str, start: int, end: int, lex: Lexicon) -> bool:
    return any_match(lex.cues.get("pluperfect", []), folded[start:end]) is not None
