"""Scoring predicted events against gold items, as ../shared/gold/FORMAT.md describes.

Per item, predictions are matched one-to-one to gold events of the same type (or one of
its ``alt_types``) and the same polarity, best pairs first (shared parties, overlapping
evidence).  Granularity is not punished: an unmatched prediction that restates part of a
matched gold event (one of its recipients, say) is neither a hit nor a false alarm but
is counted as a correct prediction; a matched prediction that also lists all the parties
of a further gold event of its type matches that one too.  An exact repeat of a
prediction is a false alarm.  Optional gold events never count as misses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wirewatch.evaluate.parties import (
    all_parties_covered,
    any_party_matches,
    party_matches,
    plain,
    same_code,
    same_name,
)
from wirewatch.evaluate.report import Counts, Report
from wirewatch.records import Event

_AUX_VALUES = ("future", "hypothetical", "historical")


@dataclass
class _Pair:
    gold: dict[str, Any]
    pred: Event


@dataclass
class ItemResult:
    item_id: str
    lang: str
    pairs: list[_Pair] = field(default_factory=list)
    correct_preds: list[Event] = field(default_factory=list)
    false_alarms: list[Event] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    matched_gold: list[dict[str, Any]] = field(default_factory=list)


def _types(gold: dict[str, Any]) -> set[str]:
    return {gold["event_type"], *(gold.get("alt_types") or [])}


def _compatible(gold: dict[str, Any], pred: Event) -> bool:
    return pred.event_type in _types(gold) and bool(pred.negated) == bool(gold.get("negated"))


def _gold_span(text: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    evidence = gold.get("evidence") or ""
    pos = text.find(evidence) if evidence else -1
    return (pos, pos + len(evidence)) if pos >= 0 else None


def _overlaps(span: tuple[int, int] | None, pred: Event) -> bool:
    if span is None:
        return False
    return any(ev.start < span[1] and span[0] < ev.end for ev in pred.evidence)


def _repeat_key(pred: Event) -> tuple:
    def keys(refs: list) -> frozenset:
        return frozenset((r.code, plain(r.identifier_text or r.entity_text or "")) for r in refs)
    return (pred.event_type, pred.negated, keys(pred.actor), keys(pred.recipient))


def score_item(item: dict[str, Any], predictions: list[Event]) -> ItemResult:
    text = item.get("text") or ""
    lang = item.get("lang")
    entities = item.get("entities") or []
    golds = list(item.get("events") or [])
    result = ItemResult(str(item.get("id")), str(lang))
    spans = [_gold_span(text, g) for g in golds]

    def affinity(gi: int, pred: Event) -> float:
        gold = golds[gi]
        score = 0.0
        if _overlaps(spans[gi], pred):
            score += 2.0
        if any_party_matches(gold.get("actor") or [], pred.actor, entities, lang):
            score += 1.0
        if any_party_matches(gold.get("recipient") or [], pred.recipient, entities, lang):
            score += 1.0
        if pred.event_type == gold["event_type"]:
            score += 0.25
        if not gold.get("optional"):
            score += 0.1
        return score

    candidates = [
        (affinity(gi, pred), gi, pi)
        for gi, gold in enumerate(golds) for pi, pred in enumerate(predictions)
        if _compatible(gold, pred)
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    gold_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}
    for _, gi, pi in candidates:
        if gi in gold_of or pi in pred_of:
            continue
        gold_of[gi], pred_of[pi] = pi, gi

    seen_keys: set[tuple] = {_repeat_key(predictions[pi]) for pi in pred_of}
    for pi, pred in enumerate(predictions):
        if pi in pred_of:
            continue
        key = _repeat_key(pred)
        if key in seen_keys:
            result.false_alarms.append(pred)
            continue
        seen_keys.add(key)
        part_of = next((gi for gi in gold_of if _compatible(golds[gi], pred) and _is_part(golds[gi], spans[gi], pred, entities, lang)), None)
        if part_of is None:
            result.false_alarms.append(pred)
        else:
            result.correct_preds.append(pred)
            result.pairs.append(_Pair(golds[part_of], pred))
    for pi in pred_of:
        result.correct_preds.append(predictions[pi])
        result.pairs.append(_Pair(golds[pred_of[pi]], predictions[pi]))

    for gi, gold in enumerate(golds):
        if gi in gold_of:
            result.matched_gold.append(gold)
            continue
        lister = next((predictions[pi] for pi in pred_of if _compatible(gold, predictions[pi])
                       and _lists_parties(gold, spans[gi], predictions[pi], entities, lang)), None)
        if lister is not None:
            result.matched_gold.append(gold)
            result.pairs.append(_Pair(gold, lister))
        elif not gold.get("optional"):
            result.misses.append(gold)
    return result


def _is_part(gold: dict[str, Any], span: tuple[int, int] | None, pred: Event,
             entities: list[dict[str, Any]], lang: str | None) -> bool:
    """A prediction restating part of a gold event (one recipient of several, ...)."""
    actors_ok = not pred.actor or any_party_matches(gold.get("actor") or [], pred.actor, entities, lang)
    recips = gold.get("recipient") or []
    recips_ok = all(any(party_matches(g, r, entities, lang) for g in recips) for r in pred.recipient) if recips else not pred.recipient
    return (actors_ok and recips_ok and bool(pred.actor or pred.recipient)) or (_overlaps(span, pred) and actors_ok)


def _lists_parties(gold: dict[str, Any], span: tuple[int, int] | None, pred: Event,
                   entities: list[dict[str, Any]], lang: str | None) -> bool:
    """A prediction listing all the parties of a further gold event of its type."""
    actors = gold.get("actor") or []
    recips = gold.get("recipient") or []
    if not actors and not recips:
        return _overlaps(span, pred)
    return all_parties_covered(actors, pred.actor, entities, lang) and all_parties_covered(recips, pred.recipient, entities, lang)


def date_matches(gold: str, pred: str | None) -> bool:
    return bool(pred) and len(pred) >= len(gold) and pred[:len(gold)] == gold


def location_matches(gold: dict[str, Any], pred: Event) -> bool:
    place = pred.location
    country = place.country if place else None
    if gold.get("country") and not same_code(gold["country"], country):
        return False
    if not gold.get("name") and not gold.get("text"):
        return place is not None or bool(pred.location_text)
    names = [n for n in ((place.name if place else None), pred.location_text) if n]
    return same_name([gold.get("name") or "", gold.get("text") or ""], names, None)


def score_items(gold_items: list[dict[str, Any]], predictions: dict[str, list[Event]]) -> Report:
    """Score predictions (by item id) against gold items; see the module docstring."""
    report = Report()
    for item in gold_items:
        item_id = str(item.get("id"))
        result = score_item(item, predictions.get(item_id, []))
        _accumulate(report, item, result)
    return report


def _accumulate(report: Report, item: dict[str, Any], result: ItemResult) -> None:
    lang = result.lang
    buckets = [report.overall, report.by_lang[lang]]
    for counts in buckets:
        counts.add(result)
    for pred in result.correct_preds:
        report.by_type[pred.event_type].pred += 1
        report.by_type[pred.event_type].correct_pred += 1
    for pred in result.false_alarms:
        report.by_type[pred.event_type].pred += 1
    for gold in item.get("events") or []:
        if gold.get("optional"):
            continue
        counts = report.by_type[gold["event_type"]]
        counts.gold += 1
        if any(gold is g for g in result.matched_gold):
            counts.hit += 1
    entities = item.get("entities") or []
    role_errors: list[str] = []
    for pair in result.pairs:
        gold, pred = pair.gold, pair.pred
        for role, preds in (("actor", pred.actor), ("recipient", pred.recipient)):
            gold_parties = gold.get(role) or []
            if gold_parties:
                ok = any_party_matches(gold_parties, preds, entities, lang)
                report.roles[role].add(ok)
                report.roles_by_lang[f"{role}:{lang}"].add(ok)
                if not ok:
                    wanted = ", ".join(str(g.get("name") or g.get("text")) for g in gold_parties)
                    got = ", ".join(ref.entity_text or ref.code or "?" for ref in preds) or "none"
                    role_errors.append(f"{gold['event_type']} {role}: want {wanted}; got {got}")
        if gold.get("date"):
            report.attributes["date"].add(date_matches(gold["date"], pred.date))
        if gold.get("location"):
            report.attributes["location"].add(location_matches(gold["location"], pred))
        report.attributes["aux"].add((gold.get("aux") or None) == (pred.aux or None))
        if pred.aux in _AUX_VALUES:
            # of the matched events a system called future (hypothetical, historical), how many the gold calls so
            report.attributes[f"aux_{pred.aux}_precision"].add(gold.get("aux") == pred.aux)
    for gold in item.get("events") or []:
        if gold.get("negated") and not gold.get("optional"):
            report.attributes["negated_recall"].add(any(gold is g for g in result.matched_gold))
        if gold.get("aux") in _AUX_VALUES and not gold.get("optional"):
            matched = [p.pred for p in result.pairs if p.gold is gold]
            report.attributes[f"aux_{gold['aux']}_recall"].add(any(p.aux == gold["aux"] for p in matched))
    text = item.get("text") or ""
    for gold in item.get("events") or []:
        if gold.get("optional"):
            continue
        # polarity alone, on the events whose type was found: a miss with a same-type false alarm
        # on its evidence but the other polarity is a negation error, not a trigger error
        found = any(gold is g for g in result.matched_gold)
        flipped = not found and any(
            pred.event_type in _types(gold) and bool(pred.negated) != bool(gold.get("negated"))
            and _overlaps(_gold_span(text, gold), pred) for pred in result.false_alarms)
        if found or flipped:
            report.attributes["negation_agreement"].add(found)
    for pred in result.correct_preds + result.false_alarms:
        if pred.negated:
            report.attributes["negated_precision"].add(any(pred is c for c in result.correct_preds))
    report.items.append({
        "id": result.item_id, "lang": lang,
        "misses": [f"{g['event_type']}: {g.get('evidence', '')[:80]}" for g in result.misses],
        "role_errors": role_errors,
        "false_alarms": [f"{p.event_type}{' (neg)' if p.negated else ''}: {p.evidence[0].text[:80] if p.evidence else ''}" for p in result.false_alarms],
    })


__all__ = ["score_items", "score_item", "Counts", "Report", "date_matches", "location_matches", "same_name"]
