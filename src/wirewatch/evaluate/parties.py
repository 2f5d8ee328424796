"""Comparing a gold participant with a predicted one (FORMAT.md's actor accuracy)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rapidfuzz import fuzz

from wirewatch.records import EntityRef

try:  # cross-script name keys of the linking package, when present
    from wirewatch.linking.keys import name_keys as _name_keys
except ImportError:  # pragma: no cover - depends on which packages are installed
    _name_keys = None

_INTERNATIONAL = {"UNO": "IGO"}


def same_code(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return True
    if pred is None:
        return False
    return _INTERNATIONAL.get(gold, gold) == _INTERNATIONAL.get(pred, pred)


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'")
    text = re.sub(r"^(?:the|le|la|les|l'|al-|ال)\s*", "", text)
    return re.sub(r"[^\w]+", " ", text).strip()


def _keys(surface: str, lang: str | None) -> set[str]:
    keys = {plain(surface)}
    if _name_keys is not None:
        try:
            keys.update(_name_keys(surface, lang))
        except Exception:  # key helpers of another package must not break scoring
            pass
    return {k for k in keys if k}


def same_name(gold_names: list[str], pred_names: list[str], lang: str | None) -> bool:
    gold_plain = [plain(g) for g in gold_names if g]
    pred_plain = [plain(p) for p in pred_names if p]
    for g in gold_plain:
        for p in pred_plain:
            if not g or not p:
                continue
            if g == p or fuzz.ratio(g, p) >= 88:
                return True
            g_tokens, p_tokens = g.split(), p.split()
            # "Lamamra" for "Ramtane Lamamra": a surname alone names the same person
            if len(p_tokens) == 1 and len(g_tokens) > 1 and p_tokens[0] == g_tokens[-1]:
                return True
            if len(g_tokens) == 1 and len(p_tokens) > 1 and g_tokens[0] == p_tokens[-1]:
                return True
    gold_keys = set().union(*(_keys(g, lang) for g in gold_names if g)) if gold_names else set()
    pred_keys = set().union(*(_keys(p, lang) for p in pred_names if p)) if pred_names else set()
    return bool(gold_keys & pred_keys)


def gold_kind(party: dict[str, Any], entities: list[dict[str, Any]]) -> str | None:
    """PER/ORG/LOC/GPE of a gold party, looked up in the item's entity list."""
    for ent in entities:
        if ent.get("text") == party.get("text") or (party.get("name") and ent.get("name") == party.get("name")):
            return ent.get("type")
    return None


def party_matches(gold: dict[str, Any], pred: EntityRef, entities: list[dict[str, Any]],
                  lang: str | None) -> bool:
    """Same country code (UNO counts as IGO) and, for a person or organisation, same name."""
    if not same_code(gold.get("country"), pred.code):
        return False
    if gold_kind(gold, entities) in ("PER", "ORG"):
        return same_name([gold.get("name") or "", gold.get("text") or ""],
                         [pred.identifier_text or "", pred.entity_text or ""], lang)
    return True


def any_party_matches(gold: list[dict[str, Any]], pred: list[EntityRef],
                      entities: list[dict[str, Any]], lang: str | None) -> bool:
    return any(party_matches(g, p, entities, lang) for g in gold for p in pred)


def all_parties_covered(gold: list[dict[str, Any]], pred: list[EntityRef],
                        entities: list[dict[str, Any]], lang: str | None) -> bool:
    return all(any(party_matches(g, p, entities, lang) for p in pred) for g in gold)
