"""Negation and auxiliary mode (future, hypothetical, historical) of a trigger."""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.events.lexicon import Lexicon, any_match

_BEFORE_WINDOW = 60


@dataclass
class Modality:
    negated: bool
    aux: str | None
    cue: str | None = None


def _before(folded: str, clause_start: int, trig_start: int) -> str:
    return folded[max(clause_start, trig_start - _BEFORE_WINDOW):trig_start]


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
    sentence = folded[sent_start:sent_end]

    negation = any_match(cues.get("negation_before", []), before)
    if negation is None and lex.lang == "fr":
        # "ne condamne pas": the particle before, "pas" after
        if any_match(cues.get("negation_after", []), after) and ("n'" in before[-12:] or " ne " in before[-12:] + " "):
            negation = any_match(cues.get("negation_after", []), after)
    if lex.lang == "fr" and negation is not None and "pas" not in negation.group(0) and "jamais" not in negation.group(0) \
            and "aucun" not in negation.group(0) and "sans" not in negation.group(0) and not any_match(cues.get("negation_after", []), after) \
            and "refusé" not in negation.group(0) and "renoncé" not in negation.group(0):
        negation = None  # a bare "n'" without its second particle
    negated = negation is not None

    aux: str | None = None
    cue: str | None = None
    if lex.lang == "ar" and prefix and "س" in prefix:
        aux, cue = "future", prefix
    if aux is None:
        found = any_match(cues.get("future_before", []), before)
        if found is None and lex.lang == "fr":
            first = trig.split()[0] if trig.split() else trig
            found = any_match(cues.get("future_trigger", []), first) or any_match(cues.get("future_trigger", []), trig)
        if found is None:
            found = any_match(cues.get("future_after", []), after) or any_match(cues.get("future_sentence", []), sentence)
        if found is not None:
            aux, cue = "future", found.group(0)
    if aux is None:
        found = any_match(cues.get("hypothetical_before", []), before)
        if found is None and lex.lang == "fr":
            first = trig.split()[0] if trig.split() else trig
            found = any_match(cues.get("hypothetical_trigger", []), first)
        if found is not None:
            aux, cue = "hypothetical", found.group(0)
    if negated and aux is None and lex.lang == "ar" and negation.group(0).strip().startswith("لن"):
        aux = "future"
    return Modality(negated, aux, cue or (negation.group(0) if negation else None))


def historical_cue(folded: str, sent_start: int, sent_end: int, lex: Lexicon) -> bool:
    return any_match(lex.cues.get("historical_sentence", []), folded[sent_start:sent_end]) is not None


def pluperfect(folded: str, start: int, end: int, lex: Lexicon) -> bool:
    return any_match(lex.cues.get("pluperfect", []), folded[start:end]) is not None
