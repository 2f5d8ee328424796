"""Who asserts an event: the outlet, a named official, an anonymous source or a post."""

from __future__ import annotations

from typing import Any

from wirewatch.events.lexicon import Lexicon, any_match
from wirewatch.events.participants import Participant


def attribute(folded: str, text: str, sent_start: int, sent_end: int, lex: Lexicon,
              parts: list[Participant], actors: list[Participant], outlet: str | None,
              prev_sentence: tuple[int, int] | None = None) -> dict[str, Any]:
    """The attribution of an event found in the sentence [sent_start, sent_end)."""
    sentence = folded[sent_start:sent_end]
    social = any_match(lex.cues.get("social_media", []), sentence)
    anonymous = any_match(lex.cues.get("anonymous", []), sentence)
    reporting = any_match(lex.cues.get("reporting", []), sentence)
    if social is not None:
        return {"type": "social_media", "text": _clip(text, sent_start, social), "actor": None}
    if anonymous is not None:
        return {"type": "anonymous_source", "text": _clip(text, sent_start, anonymous), "actor": None}
    if reporting is not None:
        speaker = _speaker(sent_start + reporting.start(), sent_start + reporting.end(), parts)
        if speaker is not None:
            return {"type": "official", "text": speaker.text, "actor": _ref_dict(speaker)}
        if actors:
            return {"type": "official", "text": actors[0].text, "actor": _ref_dict(actors[0])}
    if prev_sentence is not None:
        prev = folded[prev_sentence[0]:prev_sentence[1]]
        # "The source also said ...": an anonymous source keeps speaking in the next sentence
        found = any_match(lex.cues.get("anonymous", []), prev)
        if found is not None and any_match(lex.cues.get("reporting", []), sentence):
            return {"type": "anonymous_source", "text": _clip(text, prev_sentence[0], found), "actor": None}
    return {"type": "outlet", "text": outlet, "actor": None}


def _clip(text: str, offset: int, found: Any) -> str:
    return text[offset + found.start():offset + found.end()].strip()


def _speaker(rep_start: int, rep_end: int, parts: list[Participant]) -> Participant | None:
    """The party next to a reporting verb: "X said", "said X", "selon X", "قال X"."""
    before = [p for p in parts if p.end <= rep_start and rep_start - p.end <= 40 and not p.is_place]
    after = [p for p in parts if p.start >= rep_end and p.start - rep_end <= 40 and not p.is_place]
    if before:
        return before[-1]
    if after:
        return after[0]
    return None


def _ref_dict(p: Participant) -> dict[str, Any]:
    ref = p.to_ref()
    return {
        "entity_text": ref.entity_text, "code": ref.code, "sector": ref.sector,
        "identifier_id": ref.identifier_id, "identifier_text": ref.identifier_text,
        "actor_id": ref.actor_id, "start": ref.start, "end": ref.end,
    }
